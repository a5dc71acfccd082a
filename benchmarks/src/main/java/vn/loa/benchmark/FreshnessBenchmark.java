package vn.loa.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;

/**
 * Freshness: activities are posted through the gateway at a steady 200 per second; for each, the
 * time from the gateway's {@code 201} to the city's total first counting it. The total is watched
 * by a poller on the aggregator every ~2 ms; every activity adds exactly 1 to the total, so the
 * n-th {@code 201} is counted once the total has grown by n. The first {@code warmup} seconds of
 * the same load are not measured: the services have just started (JIT, connection pools) and are
 * still deriving the demo plans' tasks. Usage: {@code scripts/benchmark-freshness [seconds] [rate]
 * [warmup]}.
 */
public final class FreshnessBenchmark {

  private FreshnessBenchmark() {}

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int seconds = warmup + measured;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    RunningPlatform platform = Bench.platform();
    String gateway = platform.gatewayUrl();
    String totals =
        "http://127.0.0.1:"
            + platform.config().port(Service.AGGREGATOR)
            + "/api/statistics/totals?unit=hp&period=2025";
    long base = Bench.getJson(totals).get("total").get("quantity").asLong();

    // Watch the city's total: the time at which it first reached each value.
    List<long[]> seen = new ArrayList<>();
    AtomicLong lastTotal = new AtomicLong(base);
    Thread poller =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      long t = Bench.getJson(totals).get("total").get("quantity").asLong();
                      long now = System.nanoTime();
                      if (t > lastTotal.get()) {
                        synchronized (seen) {
                          seen.add(new long[] {t - base, now});
                        }
                        lastTotal.set(t);
                      }
                      LockSupport.parkNanos(2_000_000);
                    } catch (Exception e) {
                      return;
                    }
                  }
                });

    int total = seconds * rate;
    ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    Map<Integer, AtomicLong> refused = new java.util.concurrent.ConcurrentSkipListMap<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    long interval = 1_000_000_000L / rate;
    long next = System.nanoTime();
    long start = next;
    for (int i = 0; i < total; i++) {
      LockSupport.parkNanos(next - System.nanoTime());
      next += interval;
      String body =
          """
          {"unitId":"%s","category":"BROADCAST","occurredOn":"2025-%02d-10","title":"Phát thanh CCHC %d","quantity":1}\
          """
              .formatted(Events.UNITS.get(i % Events.UNITS.size()), 7 + i % 5, i);
      HttpRequest post = Bench.postActivity(gateway, body).build();
      inFlight.add(
          Bench.HTTP
              .sendAsync(post, HttpResponse.BodyHandlers.discarding())
              .thenAccept(
                  r -> {
                    if (r.statusCode() == 201) {
                      acknowledged.add(System.nanoTime());
                    } else {
                      refused
                          .computeIfAbsent(r.statusCode(), k -> new AtomicLong())
                          .incrementAndGet();
                    }
                  })
              .exceptionally(
                  e -> { // no answer within the timeout, or the connection failed: counted as
                    // status 0
                    refused.computeIfAbsent(0, k -> new AtomicLong()).incrementAndGet();
                    return null;
                  }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    double offered = total / ((System.nanoTime() - start) / 1e9);
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (lastTotal.get() - base < acknowledged.size() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(50_000_000);
    }
    poller.interrupt();

    List<Long> acks = new ArrayList<>(acknowledged);
    acks.sort(Long::compare);
    List<long[]> counted;
    synchronized (seen) {
      counted = new ArrayList<>(seen);
    }
    long[] freshness = new long[acks.size()];
    int s = 0;
    for (int n = 0; n < acks.size(); n++) {
      while (s < counted.size() && counted.get(s)[0] < n + 1) {
        s++;
      }
      long countedAt = s < counted.size() ? counted.get(s)[1] : Long.MAX_VALUE;
      freshness[n] = Math.max(0, countedAt - acks.get(n));
    }
    System.out.println();
    long measuredFrom = start + warmup * 1_000_000_000L;
    long[] steady =
        java.util.stream.IntStream.range(0, acks.size())
            .filter(n -> acks.get(n) >= measuredFrom)
            .mapToLong(n -> freshness[n])
            .toArray();
    System.out.printf(
        "offered load: %d activities in %.1f s = %.1f/s through the gateway, %d acknowledged"
            + " (201)%n",
        total, total / offered, offered, acks.size());
    if (!refused.isEmpty()) {
      System.out.println("not acknowledged, by status: " + refused);
    }
    System.out.printf("measured after a %d s warm-up: %d activities%n", warmup, steady.length);
    System.out.printf(
        "freshness (201 -> city total counts it): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        Bench.percentileMs(steady, 50),
        Bench.percentileMs(steady, 99),
        Bench.percentileMs(steady, 100));
    System.out.println("freshness over the run (by 5-second window of the 201):");
    for (long w = 0; ; w++) {
      List<Long> window = new ArrayList<>();
      for (int n = 0; n < acks.size(); n++) {
        if ((acks.get(n) - start) / 5_000_000_000L == w) {
          window.add(freshness[n]);
        }
      }
      if (window.isEmpty() && w * 5 > seconds) {
        break;
      }
      long[] f = window.stream().mapToLong(Long::longValue).toArray();
      if (f.length > 0) {
        System.out.printf(
            "  %3d-%3d s: p50 %7.1f ms, max %7.1f ms%n",
            w * 5, w * 5 + 5, Bench.percentileMs(f, 50), Bench.percentileMs(f, 100));
      }
    }
    System.out.println("where the time went (services' own timers, since start):");
    // Metrics are on each service's loopback management port.
    String task = "http://127.0.0.1:" + platform.managementPort(Service.TASK);
    String aggregatorUrl = "http://127.0.0.1:" + platform.managementPort(Service.AGGREGATOR);
    Bench.prometheus(task, "loa_outbox_lag_seconds")
        .forEach(l -> System.out.println("  task-service " + l));
    Bench.prometheus(aggregatorUrl, "loa_rollup_freshness_seconds")
        .forEach(l -> System.out.println("  report-aggregator " + l));
    platform.close();
    System.exit(0);
  }
}
