package vn.loa.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.loa.testsupport.Infrastructure;
import vn.loa.testsupport.TopicReader;

/**
 * The relay against the real broker and store: what is written is published, once per round, and
 * removed.
 */
class OutboxRelayTest {

  static final String COLLECTION = "things";

  String topic = "relay-test-" + UUID.randomUUID();
  MongoClient client;
  MongoTemplate mongo;
  Producer<String, byte[]> producer;
  OutboxRelay relay;

  @BeforeEach
  void start() {
    Infrastructure.Endpoints infra = Infrastructure.endpoints();
    client = MongoClients.create(infra.mongoUri("relay"));
    mongo = new MongoTemplate(client, "relay_" + UUID.randomUUID().toString().substring(0, 8));
    producer =
        new KafkaProducer<>(
            Map.of(
                "bootstrap.servers",
                infra.kafkaBootstrapServers(),
                "enable.idempotence",
                true,
                "acks",
                "all"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    if (relay != null) {
      relay.stop();
    }
    producer.close();
    client.close();
  }

  OutboxRelay relay(Duration sweepInterval) {
    return new OutboxRelay(
        mongo,
        producer,
        Set.of(COLLECTION),
        new LoaMessagingProperties.Outbox(true, sweepInterval, 100),
        Clock.systemUTC(),
        new SimpleMeterRegistry(),
        EventTracing.none());
  }

  Document thing(String id, String... eventIds) {
    List<Document> outbox = new ArrayList<>();
    for (String eventId : eventIds) {
      outbox.add(
          new Document("eventId", eventId)
              .append("topic", topic)
              .append("key", id)
              .append("type", "test.thing.changed")
              .append("payload", "{\"event\":\"" + eventId + "\"}")
              .append("createdAt", java.util.Date.from(Instant.now())));
    }
    return new Document("_id", id).append("state", "x").append(OutboxRelay.FIELD, outbox);
  }

  List<String> published() {
    return TopicReader.readAll(topic).stream().map(TopicReader.Record::value).toList();
  }

  @Test
  void a_woken_write_is_published_in_order_and_removed_from_the_document() {
    relay = relay(Duration.ofHours(1));
    relay.start();
    mongo.getCollection(COLLECTION).insertOne(thing("t1", "e1", "e2"));
    relay.wake(COLLECTION, "t1");

    await().atMost(Duration.ofSeconds(15)).until(() -> published().size() == 2);
    assertThat(published()).containsExactly("{\"event\":\"e1\"}", "{\"event\":\"e2\"}");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                mongo
                    .getCollection(COLLECTION)
                    .find(new Document("_id", "t1"))
                    .first()
                    .getList(OutboxRelay.FIELD, Document.class)
                    .isEmpty());
    assertThat(
            mongo
                .getCollection(COLLECTION)
                .find(new Document("_id", "t1"))
                .first()
                .getString("state"))
        .isEqualTo("x");
  }

  @Test
  void a_write_nobody_woke_the_relay_for_is_found_by_the_sweep_at_start() {
    mongo.getCollection(COLLECTION).insertOne(thing("left-behind", "e9"));

    relay = relay(Duration.ofHours(1));
    relay.start();

    await().atMost(Duration.ofSeconds(15)).until(() -> published().size() == 1);
  }

  @Test
  void published_events_are_not_published_again_by_later_sweeps() throws InterruptedException {
    relay = relay(Duration.ofMillis(200));
    relay.start();
    mongo.getCollection(COLLECTION).insertOne(thing("t2", "e1"));
    relay.wake(COLLECTION, "t2");
    await().atMost(Duration.ofSeconds(15)).until(() -> published().size() == 1);

    // Three sweep rounds later, still exactly one record.
    long swept = relay.sweeps();
    await().atMost(Duration.ofSeconds(15)).until(() -> relay.sweeps() >= swept + 3);
    assertThat(published()).hasSize(1);
  }
}
