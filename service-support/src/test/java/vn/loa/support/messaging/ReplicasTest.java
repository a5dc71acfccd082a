package vn.loa.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.loa.testsupport.Infrastructure;

/**
 * Replicas kept from state events against the real store: a batch of states is applied in one go,
 * and only what is newer than the stored copy changes it.
 */
class ReplicasTest {

  record Unit(@Id String id, long version, String name) implements Replica {}

  MongoClient client;
  MongoTemplate mongo;
  Replicas replicas;

  @BeforeEach
  void start() {
    client = MongoClients.create(Infrastructure.endpoints().mongoUri("replicas"));
    mongo = new MongoTemplate(client, "replicas_" + UUID.randomUUID().toString().substring(0, 8));
    replicas = new Replicas(mongo);
  }

  @AfterEach
  void stop() {
    mongo.getDb().drop();
    client.close();
  }

  @Test
  void a_batch_stores_what_is_newer_and_leaves_the_rest() {
    replicas.saveIfNewer(new Unit("hp-kim-thanh", 3, "Xã Kim Thành"));
    replicas.saveIfNewer(new Unit("hp-skhcn", 2, "Sở Khoa học và Công nghệ"));

    List<Unit> stored =
        replicas.saveAllIfNewer(
            Unit.class,
            List.of(
                new Unit("hp-kim-thanh", 2, "older: ignored"),
                new Unit("hp-skhcn", 2, "same version: ignored"),
                new Unit("hp-lai-khe", 1, "Xã Lai Khê"),
                new Unit("hp-lai-khe", 3, "Xã Lai Khê (đổi tên)"),
                new Unit("hp-lai-khe", 2, "between: ignored"),
                new Unit("hp-kim-thanh", 4, "Xã Kim Thành (mới)")));

    assertThat(stored)
        .extracting(Unit::id, Unit::version)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("hp-kim-thanh", 4L),
            org.assertj.core.groups.Tuple.tuple("hp-lai-khe", 3L));
    assertThat(mongo.findAll(Unit.class))
        .extracting(Unit::id, Unit::name)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("hp-kim-thanh", "Xã Kim Thành (mới)"),
            org.assertj.core.groups.Tuple.tuple("hp-skhcn", "Sở Khoa học và Công nghệ"),
            org.assertj.core.groups.Tuple.tuple("hp-lai-khe", "Xã Lai Khê (đổi tên)"));

    // the same batch again (a redelivery) changes nothing
    assertThat(replicas.saveAllIfNewer(Unit.class, List.of(new Unit("hp-lai-khe", 3, "again"))))
        .isEmpty();
    assertThat(mongo.findById("hp-lai-khe", Unit.class).name()).isEqualTo("Xã Lai Khê (đổi tên)");
    assertThat(replicas.saveAllIfNewer(Unit.class, List.of())).isEmpty();
  }
}
