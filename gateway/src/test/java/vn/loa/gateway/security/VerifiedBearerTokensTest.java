package vn.loa.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import vn.loa.testsupport.MovableClock;
import vn.loa.testsupport.TestIdentity;

/** The gateway verifies a bearer token once while it is valid, and a bad one every time. */
class VerifiedBearerTokensTest {

  final AtomicInteger verifications = new AtomicInteger();
  final MovableClock clock = new MovableClock();

  VerifiedBearerTokens tokens(int capacity) throws Exception {
    RSAKey key = (RSAKey) JWKSet.parse(TestIdentity.get().keySet()).getKeys().getFirst();
    ReactiveJwtDecoder nimbus =
        NimbusReactiveJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    ReactiveJwtDecoder counting =
        token ->
            Mono.defer(
                () -> {
                  verifications.incrementAndGet();
                  return nimbus.decode(token);
                });
    return new VerifiedBearerTokens(counting, clock, capacity);
  }

  @Test
  void a_token_is_verified_once_while_valid_and_again_after_its_expiry() throws Exception {
    VerifiedBearerTokens tokens = tokens(10);
    String token = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
    Jwt first = tokens.decode(token).block();
    assertThat(tokens.decode(token).block().getClaims()).isEqualTo(first.getClaims());
    assertThat(verifications).hasValue(1);

    clock.now = first.getExpiresAt().plusSeconds(1);
    tokens.decode(token).onErrorComplete().block();
    assertThat(verifications).hasValue(2);
  }

  @Test
  void a_token_that_fails_is_verified_every_time_and_kept_nowhere() throws Exception {
    VerifiedBearerTokens tokens = tokens(10);
    String good = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
    String forged = good.substring(0, good.length() - 4) + "AAAA";
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(JwtException.class);
    }
    assertThat(verifications).hasValue(3);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void what_is_kept_is_bounded() throws Exception {
    VerifiedBearerTokens tokens = tokens(2);
    for (String unit : new String[] {"hp-a", "hp-b", "hp-c"}) {
      tokens.decode(TestIdentity.token("COMMUNE_OFFICER", unit)).block();
    }
    assertThat(tokens.size()).isLessThanOrEqualTo(2);
  }
}
