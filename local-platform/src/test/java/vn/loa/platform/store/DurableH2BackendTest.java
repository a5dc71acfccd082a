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
    Document[] stockReadsTyped = new Document[1];
    serve(
        new H2Backend(file),
        client -> {
          MongoCollection<Document> c = collection(client);
          c.createIndex(
              Indexes.ascending("unitId", "day"), new IndexOptions().unique(true).name("unit_day"));
          c.insertOne(typed());
          stockReadsTyped[0] = c.find(Filters.eq("_id", "typed")).first();
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
            assertThat(c.countDocuments()).isEqualTo(501);
            assertThat(c.find(Filters.eq("_id", "typed")).first()).isEqualTo(stockReadsTyped[0]);
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

  @Test
  void concurrentUpdatesOfTheSameDocumentsNeitherBreakTheStoreNorTearADocument() throws Exception {
    String file = dir.resolve("busy.mv").toString();
    int writers = 6;
    int updates = 1000;
    serve(
        DurableH2Backend.open(file),
        client -> {
          MongoCollection<Document> c = collection(client);
          for (int d = 0; d < 5; d++) {
            Document doc = new Document("_id", "d" + d).append("n", 0);
            for (int f = 0; f < 40; f++) {
              doc.append("g" + f, "Ủy ban nhân dân phường Hồng Bàng ".repeat(4));
            }
            c.insertOne(doc);
          }
          try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < writers; w++) {
              done.add(
                  pool.submit(
                      () -> {
                        for (int i = 0; i < updates; i++) {
                          // $set of fields that come and go: upstream rewrites the stored document
                          // in
                          // place, key by key, while other writers' commits store its page
                          c.updateOne(
                              Filters.eq("_id", "d" + (i % 5)),
                              Updates.combine(
                                  Updates.inc("n", 1),
                                  Updates.set("f" + (i % 7), "giá trị " + i),
                                  Updates.unset("f" + ((i + 3) % 7))));
                        }
                        return null;
                      }));
            }
            for (var f : done) {
              f.get();
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    serve(
        DurableH2Backend.open(file),
        client -> {
          long total = 0;
          for (Document d : collection(client).find()) {
            total += d.getInteger("n");
          }
          assertThat(total).isEqualTo((long) writers * updates);
        });
  }

  /** A document with a value of every kind the services store. */
  private static Document typed() {
    return new Document("_id", "typed")
        .append("title", "Tuyên truyền CCHC tại Phường Hồng Bàng")
        .append("quantity", 3)
        .append("version", 12L)
        .append("share", 0.25)
        .append("withdrawn", true)
        .append("note", null)
        .append("recordedAt", java.util.Date.from(java.time.Instant.parse("2025-07-10T08:15:30Z")))
        .append("ref", new org.bson.types.ObjectId())
        .append("content", new Document("unitId", "hp-p-hong-bang").append("days", List.of(10, 11)))
        .append("outbox", List.of(new Document("type", "loa.activity.recorded").append("v", 1)));
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
