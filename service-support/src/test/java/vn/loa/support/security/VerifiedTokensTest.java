package vn.loa.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.loa.testsupport.MovableClock;
import vn.loa.testsupport.TestIdentity;

/**
 * A token is verified once, then taken as verified while it is valid; a token that fails is
 * verified in full every time. Real RS256 tokens and Spring Security's own verifier.
 */
class VerifiedTokensTest {

  /** Spring Security's verifier on the test identity provider's key, counting its verifications. */
  static final class CountingVerifier implements JwtDecoder {
    final AtomicInteger verifications = new AtomicInteger();
    final JwtDecoder nimbus;

    CountingVerifier() throws Exception {
      RSAKey key = (RSAKey) JWKSet.parse(TestIdentity.get().keySet()).getKeys().getFirst();
      nimbus = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    }

    @Override
    public Jwt decode(String token) {
      verifications.incrementAndGet();
      return nimbus.decode(token);
    }
  }

  @Test
  void a_valid_token_is_verified_once_and_then_known() throws Exception {
    CountingVerifier verifier = new CountingVerifier();
    VerifiedTokens tokens = new VerifiedTokens(verifier, new MovableClock());
    String token = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");

    Jwt first = tokens.decode(token);
    Jwt again = tokens.decode(token);

    assertThat(verifier.verifications).hasValue(1);
    assertThat(again.getClaims()).isEqualTo(first.getClaims());
    assertThat(again.getSubject()).isNotBlank();
    // another token of the same caller is a token of its own
    tokens.decode(TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh"));
    assertThat(verifier.verifications).hasValue(2);
  }

  @Test
  void a_token_that_fails_is_never_kept() throws Exception {
    CountingVerifier verifier = new CountingVerifier();
    VerifiedTokens tokens = new VerifiedTokens(verifier, new MovableClock());
    String good = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
    String forged = good.substring(0, good.length() - 4) + "AAAA";

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
    }
    assertThatThrownBy(() -> tokens.decode(TestIdentity.foreignSigned("CITY_ADMIN", "hp")))
        .isInstanceOf(JwtException.class);
    assertThat(verifier.verifications).hasValue(4);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void a_known_token_past_its_expiry_is_verified_again() throws Exception {
    CountingVerifier verifier = new CountingVerifier();
    MovableClock clock = new MovableClock();
    VerifiedTokens tokens = new VerifiedTokens(verifier, clock);
    String token = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
    Jwt jwt = tokens.decode(token);

    clock.now = jwt.getExpiresAt().minusSeconds(1);
    tokens.decode(token);
    assertThat(verifier.verifications).hasValue(1);

    // by this service's clock the token has expired: not taken from what is known
    clock.now = jwt.getExpiresAt().plus(Duration.ofSeconds(1));
    tokens.decode(token);
    assertThat(verifier.verifications).hasValue(2);
  }

  @Test
  void what_is_kept_is_bounded_the_least_recently_used_going_first() throws Exception {
    CountingVerifier verifier = new CountingVerifier();
    VerifiedTokens tokens = new VerifiedTokens(verifier, new MovableClock(), 2);
    String a = TestIdentity.token("COMMUNE_OFFICER", "hp-a");
    String b = TestIdentity.token("COMMUNE_OFFICER", "hp-b");
    String c = TestIdentity.token("COMMUNE_OFFICER", "hp-c");
    tokens.decode(a);
    tokens.decode(b);
    tokens.decode(a); // a used last: b goes when c comes
    tokens.decode(c);
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(verifier.verifications).hasValue(3);
    tokens.decode(a);
    assertThat(verifier.verifications).hasValue(3);
    tokens.decode(b);
    assertThat(verifier.verifications).hasValue(4);
  }
}
