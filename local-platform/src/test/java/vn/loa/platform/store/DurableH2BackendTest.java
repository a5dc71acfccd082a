package vn.loa.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.platform.JavaProcess;
import vn.loa.platform.MongoServerMain;
import vn.loa.platform.Ports;

class DurableH2BackendTest {

  @TempDir Path dir;

  @Test
  void everyWriteAcknowledgedBeforeAKill9IsThereAfterTheRestart() throws Exception {
    Path file = dir.resolve("loa.mv");
    int port = Ports.free();
    JavaProcess store = storeProcess(file, port).start();
    store.awaitPort(port, Duration.ofSeconds(30));
    int acknowledged = 0;
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
      MongoCollection<Document> activities = collection(client);
      activities.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
      for (int i = 0; i < 400; i++) {
        activities.insertOne(new Document("_id", "a" + i).append("key", "k" + i));
        activities.updateOne(Filters.eq("_id", "total"), Updates.inc("count", 1), upsert());
        acknowledged++;
      }
    }
    store.kill(); // SIGKILL right after the last answer: no shutdown hook, no background commit

    JavaProcess again = storeProcess(file, port).start();
    again.awaitPort(port, Duration.ofSeconds(30));
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
      MongoCollection<Document> activities = collection(client);
      assertThat(activities.countDocuments(Filters.regex("_id", "^a"))).isEqualTo(acknowledged);
      assertThat(activities.find(Filters.eq("_id", "total")).first().getInteger("count"))
          .isEqualTo(acknowledged);
      assertThatThrownBy(() -> activities.insertOne(new Document("_id", "b").append("key", "k7")))
          .isInstanceOfSatisfying(
              MongoWriteException.class,
              e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    } finally {
      again.kill();
    }
  }

  @Test
  void aFileWrittenByTheStockBackendIsConvertedOnceAndItsIndexesStillFindAndRefuse()
      throws Exception {
    String file = dir.resolve("old.mv").toString();
    serve(
        new H2Backend(file),
        client -> {
          MongoCollection<Document> c = collection(client);
          c.createIndex(
              Indexes.ascending("unitId", "day"), new IndexOptions().unique(true).name("unit_day"));
          for (int i = 0; i < 500; i++) {
            c.insertOne(
                new Document("_id", "a" + i)
                    .append("unitId", "hp-x-" + (i % 37))
                    .append("day", "2025-07-" + (10 + i / 37)));
          }
        });

    for (int opening = 1; opening <= 2; opening++) {
      serve(
          DurableH2Backend.open(file),
          client -> {
            MongoCollection<Document> c = collection(client);
            c.deleteOne(Filters.eq("_id", "new")); // written by the first opening
            assertThat(c.countDocuments()).isEqualTo(500);
            Document found =
                c.find(Filters.and(Filters.eq("unitId", "hp-x-5"), Filters.eq("day", "2025-07-11")))
                    .first();
            assertThat(found.getString("_id")).isEqualTo("a42");
            assertThatThrownBy(
                    () ->
                        c.insertOne(
                            new Document("_id", "dup")
                                .append("unitId", "hp-x-18")
                                .append("day", "2025-07-23")))
                .isInstanceOf(MongoWriteException.class);
            c.insertOne(
                new Document("_id", "new").append("unitId", "hp-x-0").append("day", "2026"));
            assertThat(
                    c.listIndexes().map(i -> i.getString("name")).into(new java.util.ArrayList<>()))
                .contains("unit_day");
          });
    }
  }

  private static void serve(MongoBackend backend, Consumer<MongoClient> use) {
    MongoServer server = new MongoServer(backend);
    int port = Ports.free();
    server.bind("127.0.0.1", port);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
      use.accept(client);
    } finally {
      server.shutdown();
      backend.close();
    }
  }

  private static MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase("loa_test").getCollection("activities");
  }

  private static com.mongodb.client.model.UpdateOptions upsert() {
    return new com.mongodb.client.model.UpdateOptions().upsert(true);
  }

  private JavaProcess storeProcess(Path file, int port) {
    return JavaProcess.main(
        "mongo",
        List.of("-Xmx256m"),
        System.getProperty("java.class.path"),
        MongoServerMain.class.getName(),
        List.of(file.toString(), Integer.toString(port)),
        dir.resolve("mongo-" + System.nanoTime() + ".log"));
  }
}
