package vn.loa.support.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Access tokens this service has already verified, so that a client's next request with the same
 * token is not verified again (issue 15: the RS256 signature check was 5–9 % of each service's CPU
 * under load, every request of a client carrying the same token until it expires).
 *
 * <p>Safe because the key is the whole token: the same bytes have the same signature and claims, so
 * they would pass again. An entry is used only while the token is valid (after its {@code nbf},
 * before its {@code exp}, by the service's clock); a token that failed is never kept, so a forged
 * one is verified in full every time. Bounded: the least recently used entries go first.
 */
public final class VerifiedTokens implements JwtDecoder {

  /** Distinct tokens kept; a few megabytes at most. */
  static final int CAPACITY = 4_096;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Jwt> verified;

  public VerifiedTokens(JwtDecoder verifier, Clock clock) {
    this(verifier, clock, CAPACITY);
  }

  VerifiedTokens(JwtDecoder verifier, Clock clock, int capacity) {
    this.verifier = verifier;
    this.clock = clock;
    this.verified =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public Jwt decode(String token) {
    Jwt known;
    synchronized (verified) {
      known = verified.get(token);
    }
    if (known != null && stillValid(known)) {
      return known;
    }
    Jwt jwt = verifier.decode(token);
    if (stillValid(jwt)) {
      synchronized (verified) {
        verified.put(token, jwt);
      }
    }
    return jwt;
  }

  private boolean stillValid(Jwt jwt) {
    Instant now = clock.instant();
    return jwt.getExpiresAt() != null
        && now.isBefore(jwt.getExpiresAt())
        && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
  }

  /** How many tokens are kept now. */
  int size() {
    synchronized (verified) {
      return verified.size();
    }
  }

  /** Puts every {@link JwtDecoder} of the context (Spring Boot's, from the issuer) behind one. */
  static BeanPostProcessor everyDecoder(ObjectProvider<Clock> clock) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
        return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
            ? new VerifiedTokens(decoder, clock.getObject())
            : bean;
      }
    };
  }
}
