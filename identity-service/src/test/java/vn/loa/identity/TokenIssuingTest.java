package vn.loa.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;

/**
 * The identity service on the real store: what an integrator and a person get, and what is refused.
 */
@IntegrationTest
@TestPropertySource(
    properties = {"loa.demo.enabled=true", "loa.identity.gateway-client.secret=loa-gateway-secret"})
class TokenIssuingTest {

  @LocalServerPort int port;
  @Autowired MongoUsers users;
  @Autowired PasswordEncoder encoder;

  Http.Response clientCredentials(String clientId, String secret) {
    return Http.localhost(port).clientCredentials(clientId, secret);
  }

  @org.springframework.beans.factory.annotation.Value("${loa.identity.issuer}")
  String issuer;

  String issuer() {
    return issuer;
  }

  static JsonNode claims(String jwt) {
    return JsonMapper.builder()
        .build()
        .readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Test
  void an_integrator_gets_a_token_bound_to_its_unit_for_the_loa_audience() {
    Http.Response r = clientCredentials("integrator-kim-thanh", "integrator-kim-thanh-secret");

    assertThat(r.status()).isEqualTo(200);
    JsonNode claims = claims(r.json().get("access_token").asString());
    assertThat(claims.get("sub").asString()).isEqualTo("integrator-kim-thanh");
    assertThat(claims.get("loa_unit").asString()).isEqualTo("hp-kim-thanh");
    assertThat(claims.get("loa_roles").get(0).asString()).isEqualTo("INTEGRATOR");
    JsonNode aud = claims.get("aud"); // a single audience is written as a plain string
    assertThat(aud.isArray() ? aud.get(0).asString() : aud.asString()).isEqualTo("loa");
    assertThat(claims.get("iss").asString()).isEqualTo(issuer());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(15 * 60);
  }

  @Test
  void a_wrong_secret_or_an_unknown_client_gets_no_token() {
    assertThat(clientCredentials("integrator-kim-thanh", "guess").status()).isEqualTo(401);
    assertThat(clientCredentials("nobody", "nothing").status()).isEqualTo(401);
  }

  @Test
  void theGatewayClientCannotUseClientCredentials() {
    Http.Response r = clientCredentials("loa-gateway", "loa-gateway-secret");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asString()).isEqualTo("unauthorized_client");
  }

  @Test
  void theSigningKeyIsPublishedAndKeptInTheStore() {
    Http.Response jwks = Http.localhost(port).get("/oauth2/jwks");
    assertThat(jwks.status()).isEqualTo(200);
    String kid = jwks.json().get("keys").get(0).get("kid").asString();
    String tokenKid =
        JsonMapper.builder()
            .build()
            .readTree(
                Base64.getUrlDecoder()
                    .decode(
                        clientCredentials("loa-ops", "loa-ops-secret")
                            .json()
                            .get("access_token")
                            .asString()
                            .split("\\.")[0]))
            .get("kid")
            .asString();
    assertThat(tokenKid).isEqualTo(kid);
    assertThat(jwks.text()).doesNotContain("\"d\"");
  }

  @Test
  void demoPeopleSignInWithTheirUnitAndRoleAndHashedPasswords() {
    UserDetails officer = users.loadUserByUsername("officer.kim-thanh");
    assertThat(officer.getPassword()).startsWith("{bcrypt}");
    assertThat(encoder.matches(DemoAccounts.PASSWORD, officer.getPassword())).isTrue();
    assertThat(officer.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_COMMUNE_OFFICER");
    assertThat(users.find("officer.kim-thanh").unitId()).isEqualTo("hp-kim-thanh");
  }

  @Test
  void theSignInPageIsServedAndTheDiscoveryDocumentNamesTheIssuer() {
    assertThat(Http.localhost(port).get("/login").status()).isEqualTo(200);
    Http.Response discovery = Http.localhost(port).get("/.well-known/openid-configuration");
    assertThat(discovery.json().get("issuer").asString())
        .isEqualTo(issuer())
        .startsWith("http://127.0.0.1:");
  }
}
