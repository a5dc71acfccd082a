package vn.loa.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens the gateway has already verified: a client's next request with the same token is
 * not verified again while the token is valid (issue 15: RS256 checks were 9 % of the gateway's CPU
 * under load, an integrator sending every request of a batch with one token).
 *
 * <p>The key is the whole token, so only the very same bytes are taken as verified; a token that
 * fails is never kept. Bounded: when full, everything kept is forgotten at once (tokens live
 * minutes, so what matters is re-verifying at most once per token and round, not fine eviction).
 */
final class VerifiedBearerTokens implements ReactiveJwtDecoder {

  static final int CAPACITY = 4_096;

  private final ReactiveJwtDecoder verifier;
  private final Clock clock;
  private final int capacity;
  private final ConcurrentHashMap<String, Jwt> known = new ConcurrentHashMap<>();

  VerifiedBearerTokens(ReactiveJwtDecoder verifier, Clock clock, int capacity) {
    this.verifier = verifier;
    this.clock = clock;
    this.capacity = capacity;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt jwt = known.get(token);
    if (jwt != null && valid(jwt, clock.instant())) {
      return Mono.just(jwt);
    }
    return verifier.decode(token).doOnNext(verified -> keep(token, verified));
  }

  private void keep(String token, Jwt verified) {
    if (!valid(verified, clock.instant())) {
      return;
    }
    if (known.size() >= capacity) {
      known.clear();
    }
    known.put(token, verified);
  }

  /** After its {@code nbf} (if any) and before its {@code exp}, by the gateway's clock. */
  static boolean valid(Jwt jwt, Instant at) {
    Instant notBefore = jwt.getNotBefore();
    Instant expires = jwt.getExpiresAt();
    return expires != null
        && at.isBefore(expires)
        && (notBefore == null || !at.isBefore(notBefore));
  }

  int size() {
    return known.size();
  }
}
