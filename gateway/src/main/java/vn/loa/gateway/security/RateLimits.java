package vn.loa.gateway.security;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.loa.contracts.identity.TokenClaims;

/**
 * Rate limits per client (the token's subject: a person or an integrating system) and per unit
 * (every caller bound to it together), as token buckets: a flood from one client is answered {@code
 * 429} with {@code Retry-After} while everyone else goes on at full speed. Runs after
 * authentication, so the limits apply to whom the token names, not to what a client claims in a
 * header. One client also has at most {@code client-in-flight} requests under way at once, so its
 * slow requests cannot occupy a service.
 */
@Component
class RateLimits implements WebFilter, Ordered {

  private final TokenBuckets clients;
  private final TokenBuckets units;
  private final int clientInFlight;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  RateLimits(
      @Value("${loa.gateway.rate-limit.client-per-second}") double clientRate,
      @Value("${loa.gateway.rate-limit.client-burst}") double clientBurst,
      @Value("${loa.gateway.rate-limit.unit-per-second}") double unitRate,
      @Value("${loa.gateway.rate-limit.unit-burst}") double unitBurst,
      @Value("${loa.gateway.rate-limit.client-in-flight}") int clientInFlight) {
    this.clients = new TokenBuckets(clientRate, clientBurst);
    this.units = new TokenBuckets(unitRate, unitBurst);
    this.clientInFlight = clientInFlight;
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
    // The decision is made first and the chain runs exactly once after it: a refused request must
    // never reach a service (an empty Mono<Void> of a refusal must not fall through to the chain).
    return exchange
        .getPrincipal()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            principal ->
                principal.isEmpty()
                    ? chain.filter(exchange)
                    : limited(principal.get(), exchange, chain));
  }

  private Mono<Void> limited(
      Principal principal, ServerWebExchange exchange, WebFilterChain chain) {
    String client = principal.getName();
    Duration wait = waitFor(principal);
    if (!wait.isZero()) {
      return tooMany(exchange, wait);
    }
    // At most so many requests of one client at once: slow ones cannot take all of a service's
    // slots.
    AtomicInteger running = inFlight.computeIfAbsent(client, c -> new AtomicInteger());
    if (running.incrementAndGet() > clientInFlight) {
      release(client, running);
      return tooMany(exchange, Duration.ofSeconds(1));
    }
    return chain.filter(exchange).doFinally(signal -> release(client, running));
  }

  private void release(String client, AtomicInteger running) {
    if (running.decrementAndGet() <= 0) {
      inFlight.remove(client, running);
    }
  }

  /** Zero if the principal's client and unit buckets both had a token, else how long to wait. */
  private Duration waitFor(Principal principal) {
    String unit = unitOf(principal);
    long now = System.nanoTime();
    Duration wait = clients.take(principal.getName(), now);
    if (wait.isZero() && unit != null) {
      wait = units.take(unit, now);
    }
    return wait;
  }

  private static String unitOf(Principal principal) {
    if (principal instanceof JwtAuthenticationToken jwt) {
      return jwt.getToken().getClaimAsString(TokenClaims.UNIT);
    }
    if (principal instanceof OAuth2AuthenticationToken login
        && login.getPrincipal() instanceof OidcUser user) {
      return user.getClaimAsString(TokenClaims.UNIT);
    }
    return null;
  }

  static Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
    long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
    return Problems.write(
        exchange,
        HttpStatus.TOO_MANY_REQUESTS,
        "rate-limited",
        "Gửi quá nhiều yêu cầu",
        "Ứng dụng hoặc đơn vị của bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; yêu cầu chưa"
            + " được thực hiện, vui lòng gửi lại sau "
            + seconds
            + " giây.",
        "Too many requests",
        "Your client or unit sent too many requests in a short time; nothing was done, retry in "
            + seconds
            + " s.");
  }
}
