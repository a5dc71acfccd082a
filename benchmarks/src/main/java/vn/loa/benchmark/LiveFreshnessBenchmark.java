package vn.loa.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import vn.loa.platform.RunningPlatform;

/**
 * Freshness that cannot fool itself (issue 15, item 1): activities posted through the gateway at a
 * steady rate, each one known by the id its {@code 201} names; the city's live feed (the
 * Server-Sent Events the dashboard reads, {@code /api/statistics/stream?unit=hp}, through the
 * gateway) names every activity version as it is rolled up. Freshness of an activity = the feed
 * naming it − its {@code 201}. No polling. Lost (acknowledged, never named) and doubled (named
 * twice) are counted. In the same run: a raw Kafka produce → consume round trip on the same broker
 * as the reference, and the CPU time each process (the broker, the store, every service) spent per
 * accepted activity over the measured window. The first {@code warmup} seconds of the same load are
 * excluded. Usage: {@code scripts/benchmark-live [seconds] [rate] [warmup]}.
 */
public final class LiveFreshnessBenchmark {

  private LiveFreshnessBenchmark() {}

  record Ack(String id, long at) {}

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    RunningPlatform platform = Bench.platform();
    String gateway = platform.gatewayUrl();
    String run = UUID.randomUUID().toString().substring(0, 6);

    long[] kafka = rawRoundTrips(platform.config().bootstrapServers(), run, 2_000, rate);

    // The feed: the first time each activity (version 1) is named, and anything named twice.
    Map<String, Long> named = new ConcurrentHashMap<>();
    AtomicLong doubled = new AtomicLong();
    AtomicLong dropped = new AtomicLong();
    HttpRequest feed =
        HttpRequest.newBuilder(URI.create(gateway + "/api/statistics/stream?unit=hp"))
            .header("Authorization", "Bearer " + Bench.bearer())
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<Stream<String>> stream =
        Bench.HTTP.send(feed, HttpResponse.BodyHandlers.ofLines());
    if (stream.statusCode() != 200) {
      throw new IllegalStateException("live feed: " + stream.statusCode());
    }
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try {
                    stream
                        .body()
                        .filter(l -> l.startsWith("data:"))
                        .forEach(
                            l -> {
                              long now = System.nanoTime();
                              JsonNode event = Bench.JSON.readTree(l.substring(5));
                              dropped.addAndGet(event.path("dropped").asLong());
                              for (JsonNode a : event.path("activities")) {
                                if (a.path("version").asLong() == 1
                                    && named.putIfAbsent(a.path("id").asString(), now) != null) {
                                  doubled.incrementAndGet();
                                }
                              }
                            });
                  } catch (java.io.UncheckedIOException ended) {
                    // the feed is closed at the end
                  }
                });

    int seconds = warmup + measured;
    int total = seconds * rate;
    java.util.concurrent.ConcurrentLinkedQueue<Ack> acks =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    Map<Integer, AtomicLong> refused = new ConcurrentSkipListMap<>();
    AtomicLong refusedAfterWarmup = new AtomicLong();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    long measuredFrom = start + warmup * 1_000_000_000L;
    Map<String, Double> cpuAtWarmupEnd = null;
    long next = start;
    for (int i = 0; i < total; i++) {
      LockSupport.parkNanos(next - System.nanoTime());
      next += interval;
      if (cpuAtWarmupEnd == null && System.nanoTime() >= measuredFrom) {
        cpuAtWarmupEnd = cpu(platform);
      }
      String body =
          """
          {"unitId":"%s","category":"BROADCAST","occurredOn":"2025-%02d-10","title":"Phát thanh CCHC %s-%d","quantity":1}\
          """
              .formatted(Events.UNITS.get(i % Events.UNITS.size()), 7 + i % 5, run, i);
      HttpRequest post =
          Bench.postActivity(gateway, body)
              .header("Idempotency-Key", "bench-" + run + "-" + i)
              .build();
      inFlight.add(
          Bench.HTTP
              .sendAsync(post, HttpResponse.BodyHandlers.discarding())
              .thenAccept(
                  r -> {
                    long now = System.nanoTime();
                    if (r.statusCode() == 201) {
                      String location = r.headers().firstValue("Location").orElseThrow();
                      acks.add(new Ack(location.substring(location.lastIndexOf('/') + 1), now));
                    } else {
                      if (now >= measuredFrom) {
                        refusedAfterWarmup.incrementAndGet();
                      }
                      refused
                          .computeIfAbsent(r.statusCode(), k -> new AtomicLong())
                          .incrementAndGet();
                    }
                  })
              .exceptionally(
                  e -> { // no answer within 30 s, or no connection: counted as status 0
                    if (System.nanoTime() >= measuredFrom) {
                      refusedAfterWarmup.incrementAndGet();
                    }
                    refused.computeIfAbsent(0, k -> new AtomicLong()).incrementAndGet();
                    return null;
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    long loadEnd = System.nanoTime();
    Map<String, Double> cpuAtEnd = cpu(platform);
    double offered = total / ((loadEnd - start) / 1e9);
    List<Ack> acknowledged = List.copyOf(acks);
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (acknowledged.stream().anyMatch(a -> !named.containsKey(a.id()))
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(50_000_000);
    }
    reader.interrupt();

    List<Ack> steady = acknowledged.stream().filter(a -> a.at() >= measuredFrom).toList();
    long[] freshness =
        steady.stream()
            .filter(a -> named.containsKey(a.id()))
            .mapToLong(a -> Math.max(0, named.get(a.id()) - a.at()))
            .toArray();
    long lost = acknowledged.stream().filter(a -> !named.containsKey(a.id())).count();

    System.out.println();
    System.out.printf(
        "offered: %d activities in %.1f s = %.1f/s through the gateway; acknowledged (201): %d ="
            + " %.2f %%%n",
        total,
        (loadEnd - start) / 1e9,
        offered,
        acknowledged.size(),
        100.0 * acknowledged.size() / total);
    if (!refused.isEmpty()) {
      System.out.println(
          "not acknowledged, by status (0 = no answer): "
              + refused
              + "; of them after the warm-up: "
              + refusedAfterWarmup.get());
    }
    System.out.printf(
        "lost (acknowledged, never on the feed): %d; doubled (named twice): %d; feed dropped: %d%n",
        lost, doubled.get(), dropped.get());
    System.out.printf(
        "freshness after a %d s warm-up, %d activities (201 -> the city's live feed names it):"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        warmup,
        freshness.length,
        Bench.percentileMs(freshness, 50),
        Bench.percentileMs(freshness, 99),
        Bench.percentileMs(freshness, 100));
    System.out.printf(
        "reference, raw Kafka produce -> consume on the same broker (%d records at %d/s, acks=all):"
            + " p50 %.1f ms, p99 %.1f ms%n",
        kafka.length, rate, Bench.percentileMs(kafka, 50), Bench.percentileMs(kafka, 99));
    long accepted = steady.size();
    System.out.printf(
        "CPU seconds per accepted activity over the measured window (%d):%n", accepted);
    double sum = 0;
    for (Map.Entry<String, Double> after : cpuAtEnd.entrySet()) {
      Double before = cpuAtWarmupEnd == null ? null : cpuAtWarmupEnd.get(after.getKey());
      if (before != null && accepted > 0) {
        double ms = 1000 * (after.getValue() - before) / accepted;
        sum += ms;
        System.out.printf("  %-18s %.2f ms%n", after.getKey(), ms);
      }
    }
    System.out.printf("  %-18s %.2f ms%n", "all", sum);
    platform.close();
    System.exit(0);
  }

  /** The CPU time each of the platform's processes has used so far, in seconds. */
  static Map<String, Double> cpu(RunningPlatform platform) {
    Map<String, Double> cpu = new java.util.LinkedHashMap<>();
    platform
        .processes()
        .forEach(
            (name, process) ->
                ProcessHandle.of(process.pid())
                    .flatMap(h -> h.info().totalCpuDuration())
                    .ifPresent(d -> cpu.put(name, d.toNanos() / 1e9)));
    return cpu;
  }

  /**
   * Round trips of single records through partition 0 of a new topic on the broker, produced at
   * {@code rate}, in nanoseconds.
   */
  static long[] rawRoundTrips(String bootstrap, String run, int records, int rate)
      throws Exception {
    String topic = "bench.rtt." + run;
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-rtt-" + run);
    long[] trips = new long[records];
    try (KafkaProducer<String, byte[]> producer = Events.producer(bootstrap, 1);
        KafkaConsumer<String, byte[]> consumer =
            new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer())) {
      producer.send(new ProducerRecord<>(topic, 0, "warm", new byte[0])).get(); // creates the topic
      consumer.assign(List.of(new TopicPartition(topic, 0)));
      consumer.seekToEnd(List.of(new TopicPartition(topic, 0)));
      consumer.position(new TopicPartition(topic, 0));
      long[] sentAt = new long[records];
      int received = 0;
      long interval = 1_000_000_000L / rate;
      long next = System.nanoTime();
      long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      for (int i = 0; i < records || received < records; ) {
        if (System.nanoTime() > giveUp) {
          throw new IllegalStateException("raw Kafka: " + received + " of " + records + " back");
        }
        if (i < records && System.nanoTime() >= next) {
          sentAt[i] = System.nanoTime();
          producer.send(new ProducerRecord<>(topic, 0, Integer.toString(i), new byte[200]));
          i++;
          next += interval;
        }
        for (var r : consumer.poll(Duration.ofMillis(1))) {
          int n = Integer.parseInt(r.key());
          trips[n] = System.nanoTime() - sentAt[n];
          received++;
        }
      }
    }
    return trips;
  }
}
