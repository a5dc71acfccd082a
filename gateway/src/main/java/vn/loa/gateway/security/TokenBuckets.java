package vn.loa.gateway.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets by key ({@code burst} tokens at most, refilled at {@code rate} per second): one per
 * client, unit or address. A bucket that has refilled completely is the same as a new one and is
 * forgotten at the next sweep, so the map holds only the keys active in the last seconds.
 */
final class TokenBuckets {

  static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

  private final double rate;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

  TokenBuckets(double rate, double burst) {
    this.rate = rate;
    this.burst = burst;
  }

  /**
   * Takes one token from {@code key}'s bucket: zero if there was one, else how long until there is.
   */
  Duration take(String key, long now) {
    sweep(now);
    return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(rate, burst, now);
  }

  /**
   * How long until {@code key}'s bucket has a token again, without taking one (zero: it has one).
   */
  Duration waitFor(String key, long now) {
    Bucket bucket = buckets.get(key);
    return bucket == null ? Duration.ZERO : bucket.waitFor(rate, burst, now);
  }

  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= SWEEP_EVERY.toNanos() && lastSweep.compareAndSet(last, now)) {
      buckets.values().removeIf(b -> b.full(rate, burst, now));
    }
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double burst, long now) {
      this.tokens = burst;
      this.at = now;
    }

    synchronized boolean full(double rate, double burst, long now) {
      return tokens + (now - at) / 1e9 * rate >= burst;
    }

    synchronized Duration waitFor(double rate, double burst, long now) {
      double available = Math.min(burst, tokens + (now - at) / 1e9 * rate);
      return available >= 1
          ? Duration.ZERO
          : Duration.ofNanos((long) ((1 - available) / rate * 1e9));
    }

    synchronized Duration take(double rate, double burst, long now) {
      tokens = Math.min(burst, tokens + (now - at) / 1e9 * rate);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) ((1 - tokens) / rate * 1e9));
    }
  }
}
