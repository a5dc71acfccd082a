package vn.loa.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The identity provider's signing keys, fetched when first needed and again only when a token names
 * a key that is not known yet — and then at most once per {@code minInterval}, however many such
 * tokens arrive. A flood of tokens with made-up key ids costs one download, not one each; a real
 * key rotation is picked up within {@code minInterval}. A download that takes longer than {@link
 * #DOWNLOAD_LIMIT} is given up (the request is answered with what is known), so an identity
 * provider that accepts connections and never answers cannot hold the gateway's requests.
 */
final class RateLimitedJwkSource implements Function<SignedJWT, Flux<JWK>> {

  /** The longest a key download may take (the client bounds it too). */
  static final Duration DOWNLOAD_LIMIT = IdentityProviderCalls.CALL_LIMIT;

  private final WebClient web;
  private final String jwkSetUri;
  private final Duration minInterval;
  private final AtomicReference<JWKSet> keys = new AtomicReference<>(new JWKSet());
  private final AtomicLong fetches = new AtomicLong();
  private long lastFetch;
  private Mono<JWKSet> download;

  RateLimitedJwkSource(WebClient web, String jwkSetUri, Duration minInterval) {
    this.web = web;
    this.jwkSetUri = jwkSetUri;
    this.minInterval = minInterval;
  }

  @Override
  public Flux<JWK> apply(SignedJWT jwt) {
    JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
    List<JWK> known = selector.select(keys.get());
    if (!known.isEmpty()) {
      return Flux.fromIterable(known);
    }
    return refresh().flatMapMany(set -> Flux.fromIterable(selector.select(set)));
  }

  /**
   * The key set: the last download (or the one under way) if it started less than {@code
   * minInterval} ago, else a new download. Concurrent callers share one download and all see its
   * result. A failed download may be tried again after a second.
   */
  private synchronized Mono<JWKSet> refresh() {
    long now = System.nanoTime();
    if (download != null && now - lastFetch < minInterval.toNanos()) {
      return download;
    }
    lastFetch = now;
    fetches.incrementAndGet();
    download =
        web.get()
            .uri(jwkSetUri)
            .retrieve()
            .bodyToMono(String.class)
            .timeout(DOWNLOAD_LIMIT)
            .map(RateLimitedJwkSource::parse)
            .doOnNext(keys::set)
            .onErrorResume(
                e -> {
                  retrySoon();
                  return Mono.just(keys.get());
                })
            .cache();
    return download;
  }

  private synchronized void retrySoon() {
    lastFetch = System.nanoTime() - minInterval.toNanos() + Duration.ofSeconds(1).toNanos();
  }

  private static JWKSet parse(String body) {
    try {
      return JWKSet.parse(body);
    } catch (ParseException e) {
      throw new IllegalStateException("unreadable key set", e);
    }
  }

  /** How many times the key set was downloaded (for tests and diagnosis). */
  long fetches() {
    return fetches.get();
  }
}
