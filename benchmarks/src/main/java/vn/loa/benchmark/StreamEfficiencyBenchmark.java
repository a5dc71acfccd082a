package vn.loa.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;

/**
 * Stream efficiency: N activity events produced onto the activity topic and rolled up by the
 * aggregator (time from the first send to the city's total counting all of them), against producing
 * the same N records to a scratch topic of the same broker and consuming them with a plain
 * consumer, in the same run. Usage: {@code scripts/benchmark-stream [events]}.
 */
public final class StreamEfficiencyBenchmark {

  private StreamEfficiencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    RunningPlatform platform = Bench.platform();
    String bootstrap = platform.config().bootstrapServers();
    String totals =
        "http://127.0.0.1:"
            + platform.config().port(Service.AGGREGATOR)
            + "/api/statistics/totals?unit=hp&period=2025";
    String run = UUID.randomUUID().toString().substring(0, 6);

    double raw = raw(bootstrap, run, events);

    long base = Bench.getJson(totals).get("total").get("quantity").asLong();
    long t0 = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = Events.producer(bootstrap)) {
      for (int i = 0; i < events; i++) {
        producer.send(Events.recorded(ActivityEvents.TOPIC.name(), run, i));
      }
      producer.flush();
    }
    while (Bench.getJson(totals).get("total").get("quantity").asLong() < base + events) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    double rolledUp = events / ((System.nanoTime() - t0) / 1e9);

    System.out.println();
    System.out.printf("raw produce + consume (same broker, same records): %10.0f events/s%n", raw);
    System.out.printf(
        "rolled up (produce -> city total counts all):      %10.0f events/s%n", rolledUp);
    System.out.printf(
        "efficiency (rolled up / raw):                      %10.3f%n", rolledUp / raw);
    platform.close();
    System.exit(0);
  }

  /** Produce the same records to a scratch topic and consume them all: events per second. */
  static double raw(String bootstrap, String run, int events) {
    String topic = "bench.raw." + run;
    long t0 = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = Events.producer(bootstrap)) {
      for (int i = 0; i < events; i++) {
        ProducerRecord<String, byte[]> r = Events.recorded(topic, run, i);
        producer.send(r);
      }
      producer.flush();
    }
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + run);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    long consumed = 0;
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      while (consumed < events) {
        consumed += consumer.poll(Duration.ofMillis(200)).count();
      }
      consumer.commitSync();
    }
    return events / ((System.nanoTime() - t0) / 1e9);
  }
}
