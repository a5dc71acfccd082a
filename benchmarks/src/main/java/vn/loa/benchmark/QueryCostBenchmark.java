package vn.loa.benchmark;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;

/**
 * Query cost growth: p99 of {@code GET /api/statistics/totals} for the city through the gateway
 * with 10,000 activities rolled up, and again with 1,000,000; their ratio. Activities are produced
 * straight onto the activity topic and rolled up by the aggregator before each measurement. Usage:
 * {@code scripts/benchmark-query [small] [large]}.
 */
public final class QueryCostBenchmark {

  static final int WARMUP = 500;
  static final int MEASURED = 3_000;

  private QueryCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    RunningPlatform platform = Bench.platform();
    String run = UUID.randomUUID().toString().substring(0, 6);
    String aggregator =
        "http://127.0.0.1:"
            + platform.config().port(Service.AGGREGATOR)
            + "/api/statistics/totals?unit=hp&period=2025";
    String query = platform.gatewayUrl() + "/api/statistics/totals?unit=hp&period=2025";

    fill(platform, aggregator, run, 0, small);
    double[] atSmall = measure(query);
    long t0 = System.nanoTime();
    fill(platform, aggregator, run, small, large);
    System.out.printf(
        "(rolled up %d more activities in %.0f s)%n",
        large - small, (System.nanoTime() - t0) / 1e9);
    double[] atLarge = measure(query);

    System.out.println();
    System.out.printf(
        "GET totals (city, 2025) with %,9d activities: p50 %.2f ms, p99 %.2f ms%n",
        small, atSmall[0], atSmall[1]);
    System.out.printf(
        "GET totals (city, 2025) with %,9d activities: p50 %.2f ms, p99 %.2f ms%n",
        large, atLarge[0], atLarge[1]);
    System.out.printf("p99 ratio large / small: %.2f%n", atLarge[1] / atSmall[1]);
    platform.close();
    System.exit(0);
  }

  static void fill(RunningPlatform platform, String aggregator, String run, int from, int to)
      throws Exception {
    long base = Bench.getJson(aggregator).get("total").get("quantity").asLong();
    try (KafkaProducer<String, byte[]> producer =
        Events.producer(platform.config().bootstrapServers())) {
      for (int i = from; i < to; i++) {
        producer.send(Events.recorded(ActivityEvents.TOPIC.name(), run, i));
      }
      producer.flush();
    }
    long target = base + (to - from);
    long lastReport = System.nanoTime();
    long t;
    while ((t = Bench.getJson(aggregator).get("total").get("quantity").asLong()) < target) {
      if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(30)) {
        System.out.printf("  rolled up %,d of %,d%n", t - base, to - from);
        lastReport = System.nanoTime();
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /** p50 and p99 in ms of sequential queries, after a warm-up. */
  static double[] measure(String url) throws Exception {
    HttpRequest get = Bench.request(url).timeout(Duration.ofSeconds(10)).build();
    for (int i = 0; i < WARMUP; i++) {
      Bench.send(get);
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long t0 = System.nanoTime();
      var r = Bench.send(get);
      nanos[i] = System.nanoTime() - t0;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET totals -> " + r.statusCode());
      }
    }
    return new double[] {Bench.percentileMs(nanos, 50), Bench.percentileMs(nanos, 99)};
  }
}
