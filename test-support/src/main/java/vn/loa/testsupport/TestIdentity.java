package vn.loa.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The identity provider of service-level tests: publishes a signing key at {@code /oauth2/jwks}
 * over a real socket, exactly as the identity service does, and issues access tokens with Loa's
 * claims — and the bad ones a service must refuse (expired, another issuer, another audience,
 * signed with a foreign key, unsigned). {@link InfrastructureInitializer} points every test
 * context's resource server at it. The system tests use the real identity service instead.
 */
public final class TestIdentity {

  public static final String AUDIENCE = "loa";

  private static TestIdentity instance;

  private final RSAKey key;
  private final RSAKey foreignKey;
  private final String issuer;

  private TestIdentity() {
    try {
      key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
      foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/oauth2/jwks",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
          });
      server.setExecutor(null);
      server.start();
      issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one test identity provider of this JVM, started on first use. */
  public static synchronized TestIdentity get() {
    if (instance == null) {
      instance = new TestIdentity();
    }
    return instance;
  }

  public String issuer() {
    return issuer;
  }

  public String jwkSetUri() {
    return issuer + "/oauth2/jwks";
  }

  /**
   * A valid token for a person or client with {@code role} in {@code unitId}, subject derived from
   * both.
   */
  public static String token(String role, String unitId) {
    return get()
        .sign(
            claims(role.toLowerCase() + "@" + unitId, role, unitId, Duration.ofMinutes(10)).build(),
            get().key);
  }

  /** The public signing key, as the identity provider's key set document. */
  public String keySet() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  /**
   * An OpenID Connect ID token for {@code subject}, issued to the client {@code clientId} for the
   * sign-in that sent {@code nonce}, signed with the test key.
   */
  public static String idToken(String clientId, String subject, String nonce) {
    Instant now = Instant.now();
    return get()
        .sign(
            new JWTClaimsSet.Builder()
                .issuer(get().issuer)
                .subject(subject)
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("nonce", nonce)
                .build(),
            get().key);
  }

  /**
   * A valid token for a caller with several roles in {@code unitId} (e.g. an official who also
   * coordinates).
   */
  public static String token(String unitId, List<String> roles) {
    return get()
        .sign(
            claims(
                    String.join("+", roles).toLowerCase() + "@" + unitId,
                    roles.getFirst(),
                    unitId,
                    Duration.ofMinutes(10))
                .claim("loa_roles", roles)
                .build(),
            get().key);
  }

  /** An already expired token (ten minutes ago, well beyond any clock-skew allowance). */
  public static String expired(String role, String unitId) {
    JWTClaimsSet.Builder claims =
        claims("expired@" + unitId, role, unitId, Duration.ofMinutes(-10));
    claims.issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))));
    claims.notBeforeTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))));
    return get().sign(claims.build(), get().key);
  }

  /** A token signed with a key the identity provider never published (same key id). */
  public static String foreignSigned(String role, String unitId) {
    return get()
        .sign(
            claims("forger@" + unitId, role, unitId, Duration.ofMinutes(10)).build(),
            get().foreignKey);
  }

  /**
   * A token signed with a key of a key id the identity provider never published (a new one each
   * call).
   */
  public static String unknownKey(String role, String unitId) {
    RSAKey stranger =
        new RSAKey.Builder(get().foreignKey).keyID("unknown-" + UUID.randomUUID()).build();
    return get()
        .sign(claims("stranger@" + unitId, role, unitId, Duration.ofMinutes(10)).build(), stranger);
  }

  /** A correctly signed token for another audience. */
  public static String otherAudience(String role, String unitId) {
    return get()
        .sign(
            claims("other@" + unitId, role, unitId, Duration.ofMinutes(10))
                .audience("another-system")
                .build(),
            get().key);
  }

  /** A correctly signed token from another issuer. */
  public static String otherIssuer(String role, String unitId) {
    return get()
        .sign(
            claims("other@" + unitId, role, unitId, Duration.ofMinutes(10))
                .issuer("http://evil.example")
                .build(),
            get().key);
  }

  /** An unsigned token ({@code alg: none}) with otherwise perfect claims. */
  public static String unsigned(String role, String unitId) {
    return new PlainJWT(claims("none@" + unitId, role, unitId, Duration.ofMinutes(10)).build())
        .serialize();
  }

  /**
   * {@code anonymous} as it is, and with each kind of token a service must refuse with 401:
   * malformed, expired, signed with a foreign key, for another audience, from another issuer,
   * unsigned.
   */
  public static List<Http> refusedCallers(Http anonymous, String role, String unitId) {
    return List.of(
        anonymous,
        anonymous.as("not-a-token"),
        anonymous.as(expired(role, unitId)),
        anonymous.as(foreignSigned(role, unitId)),
        anonymous.as(otherAudience(role, unitId)),
        anonymous.as(otherIssuer(role, unitId)),
        anonymous.as(unsigned(role, unitId)));
  }

  private static JWTClaimsSet.Builder claims(
      String subject, String role, String unitId, Duration validFor) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(get().issuer)
        .subject(subject)
        .audience(AUDIENCE)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(validFor)))
        .jwtID(UUID.randomUUID().toString())
        .claim("loa_unit", unitId)
        .claim("loa_roles", List.of(role));
  }

  private String sign(JWTClaimsSet claims, RSAKey with) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(with));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
