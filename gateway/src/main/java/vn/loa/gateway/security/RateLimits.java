package vn.loa.gateway.security;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate limits per client (the token's subject: a person or an integrating system) and per unit (every
 * caller bound to it together), as token buckets: a flood from one client is answered {@code 429} with
 * {@code Retry-After} while everyone else goes on at full speed. Runs after authentication, so the limits
 * apply to whom the token names, not to what a client claims in a header.
 */
@Component
class RateLimits implements WebFilter, Ordered {

  static final Duration SWEEP_EVERY = Duration.ofSeconds(10);

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());
  private final double clientRate;
  private final double clientBurst;
  private final double unitRate;
  private final double unitBurst;

  RateLimits(
      @Value("${loa.gateway.rate-limit.client-per-second}") double clientRate,
      @Value("${loa.gateway.rate-limit.client-burst}") double clientBurst,
      @Value("${loa.gateway.rate-limit.unit-per-second}") double unitRate,
      @Value("${loa.gateway.rate-limit.unit-burst}") double unitBurst) {
    this.clientRate = clientRate;
    this.clientBurst = clientBurst;
    this.unitRate = unitRate;
    this.unitBurst = unitBurst;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100; // after the security filters
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    // The wait is decided first and the chain runs exactly once after it: a refused request must never
    // reach a service (an empty Mono<Void> of a refusal must not fall through to the chain).
    return exchange
        .getPrincipal()
        .map(this::waitFor)
        .defaultIfEmpty(Duration.ZERO)
        .flatMap(wait -> wait.isZero() ? chain.filter(exchange) : tooMany(exchange, wait));
  }

  /** Zero if the principal's client and unit buckets both had a token, else how long to wait. */
  private Duration waitFor(Principal principal) {
    String unit = unitOf(principal);
    long now = System.nanoTime();
    evictIdle(now);
    Duration wait = take("client:" + principal.getName(), clientRate, clientBurst, now);
    if (wait.isZero() && unit != null) {
      wait = take("unit:" + unit, unitRate, unitBurst, now);
    }
    return wait;
  }

  /**
   * Forgets buckets that have refilled completely — they are the same as a new one — at most once per
   * {@link #SWEEP_EVERY}, so the map holds only the clients and units active in the last seconds.
   */
  private void evictIdle(long now) {
    long last = lastSweep.get();
    if (now - last < SWEEP_EVERY.toNanos() || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    buckets.entrySet().removeIf(e -> {
      boolean unit = e.getKey().startsWith("unit:");
      return e.getValue().full(now, unit ? unitRate : clientRate, unit ? unitBurst : clientBurst);
    });
  }

  int trackedBuckets() {
    return buckets.size();
  }

  private static String unitOf(Principal principal) {
    if (principal instanceof JwtAuthenticationToken jwt) {
      return jwt.getToken().getClaimAsString("loa_unit");
    }
    if (principal instanceof OAuth2AuthenticationToken login && login.getPrincipal() instanceof OidcUser user) {
      return user.getClaimAsString("loa_unit");
    }
    return null;
  }

  /** Takes one token from the bucket {@code key}; zero if there was one, else how long until there is. */
  private Duration take(String key, double rate, double burst, long now) {
    return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(rate, burst, now);
  }

  private static Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
    long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
    return Problems.write(
        exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
        "Gửi quá nhiều yêu cầu",
        "Ứng dụng hoặc đơn vị của bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; yêu cầu chưa được thực hiện, vui lòng gửi lại sau "
            + seconds + " giây.",
        "Too many requests",
        "Your client or unit sent too many requests in a short time; nothing was done, retry in " + seconds + " s.");
  }

  /** A token bucket: {@code burst} tokens at most, refilled at {@code rate} per second. */
  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double burst, long now) {
      this.tokens = burst;
      this.at = now;
    }

    synchronized boolean full(long now, double rate, double burst) {
      return tokens + (now - at) / 1e9 * rate >= burst;
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
