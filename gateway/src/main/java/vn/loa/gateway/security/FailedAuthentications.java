package vn.loa.gateway.security;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Throttles whoever keeps presenting bad credentials: each request of an address that ends in
 * {@code 401} takes a token from that address's bucket, and an address with none left is answered
 * {@code 429} with {@code Retry-After} before its token is even looked at — so guessing or
 * replaying tokens costs the attacker time and the gateway nothing, while everyone else goes on.
 */
@Component
class FailedAuthentications implements WebFilter, Ordered {

  private final TokenBuckets failures;

  FailedAuthentications(
      @Value("${loa.gateway.failed-authentication.per-second}") double rate,
      @Value("${loa.gateway.failed-authentication.burst}") double burst) {
    this.failures = new TokenBuckets(rate, burst);
  }

  @Override
  public int getOrder() {
    return -200; // before the security filter chain (-100): a throttled address is not
    // authenticated at all
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String address = address(exchange);
    Duration wait = failures.waitFor(address, System.nanoTime());
    if (!wait.isZero()) {
      return RateLimits.tooMany(exchange, wait);
    }
    return chain
        .filter(exchange)
        .doFinally(
            signal -> {
              if (exchange.getResponse().getStatusCode() == HttpStatus.UNAUTHORIZED
                  && exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                failures.take(address, System.nanoTime());
              }
            });
  }

  private static String address(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
