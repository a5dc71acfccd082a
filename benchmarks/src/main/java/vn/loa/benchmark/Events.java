package vn.loa.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.loa.contracts.Envelope;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;

/** Activity events as task-service publishes them, written straight to the topic for load. */
final class Events {

  /**
   * Units of the demo hierarchy under the city: recording units of two departments and two
   * communes.
   */
  static final List<String> UNITS =
      List.of(
          "hp-skhcn-vp",
          "hp-skhcn-ttcntt",
          "hp-sngv-vp",
          "hp-kim-thanh-vhxh",
          "hp-kim-thanh-vp",
          "hp-x001-vhxh",
          "hp-p001-vhxh");

  static final List<String> CATEGORIES =
      List.of("BROADCAST", "PORTAL_POST", "VISUAL", "SOCIAL_POST", "PRESS_ARTICLE");

  private Events() {}

  static KafkaProducer<String, byte[]> producer(String bootstrap) {
    return producer(bootstrap, 5);
  }

  /** A producer as the relay's ({@code acks=all}), waiting {@code lingerMs} to fill a batch. */
  static KafkaProducer<String, byte[]> producer(String bootstrap, int lingerMs) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.LINGER_MS_CONFIG,
            lingerMs,
            ProducerConfig.BATCH_SIZE_CONFIG,
            262_144),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /**
   * Activity {@code i}: quantity 1, a day from July to November 2025 (every unit above is valid
   * then, and every one counts in the city's 2025 total).
   */
  static ProducerRecord<String, byte[]> recorded(String topic, String run, int i) {
    String id = "bench-" + run + "-" + i;
    ActivitySnapshot a =
        new ActivitySnapshot(
            id,
            UNITS.get(i % UNITS.size()),
            CATEGORIES.get(i % CATEGORIES.size()),
            LocalDate.of(2025, 7, 1).plusDays(i % 150),
            "Tuyên truyền CCHC " + i,
            1,
            10L,
            null,
            null,
            null,
            List.of(),
            List.of(),
            false,
            1,
            Instant.now(),
            "benchmark");
    byte[] value =
        Bench.JSON.writeValueAsBytes(
            Envelope.of(
                ActivityEvents.RECORDED,
                UUID.randomUUID().toString(),
                "/loa/benchmark",
                Instant.now(),
                id,
                1,
                a));
    return new ProducerRecord<>(topic, id, value);
  }
}
