package vn.loa.benchmark;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.loa.support.security.VerifiedTokens;

/**
 * What checking a bearer token costs a service, side by side in one run (issue 15): Spring
 * Security's verifier (RS256 signature, then issuer, expiry) on every request, against {@link
 * VerifiedTokens} in front of it, for requests of {@code clients} callers (one token each, as the
 * identity service issues them) taken in turn. Warm-up excluded; rounds alternate so both see the
 * same machine. Usage: {@code scripts/benchmark-tokens [clients] [seconds per round]}.
 */
public final class TokenCheckBenchmark {

  private TokenCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer("http://127.0.0.1:9000")
              .subject("client-" + i)
              .audience("loa")
              .issueTime(new Date())
              .expirationTime(Date.from(Instant.now().plusSeconds(900)))
              .claim("unit", "hp-x" + i)
              .build();
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").build(), claims);
      jwt.sign(new RSASSASigner(key));
      tokens.add(jwt.serialize());
    }
    JwtDecoder verifier = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    JwtDecoder known = new VerifiedTokens(verifier, Clock.systemUTC());

    System.out.printf(
        "%d callers, one token each, taken in turn; rounds of %.1f s%n", clients, seconds);
    run(verifier, tokens, 2); // warm-up, not counted
    run(known, tokens, 2);
    double[] plain = new double[3];
    double[] cached = new double[3];
    for (int round = 0; round < 3; round++) {
      plain[round] = run(verifier, tokens, seconds);
      cached[round] = run(known, tokens, seconds);
      System.out.printf(
          "round %d: verified every time %,.0f checks/s (%.1f µs each); known tokens %,.0f checks/s"
              + " (%.2f µs each)%n",
          round + 1, plain[round], 1e6 / plain[round], cached[round], 1e6 / cached[round]);
    }
    double p = median(plain);
    double c = median(cached);
    System.out.printf(
        "median: %,.0f vs %,.0f checks/s; ratio %.0fx; %.1f µs of CPU saved per request%n",
        p, c, c / p, 1e6 / p - 1e6 / c);
  }

  /** Checks per second over {@code seconds} of checking {@code tokens} in turn. */
  static double run(JwtDecoder decoder, List<String> tokens, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long checks = 0;
    while (System.nanoTime() < end) {
      for (String token : tokens) {
        if (decoder.decode(token).getSubject() == null) {
          throw new IllegalStateException("no subject");
        }
        checks++;
      }
    }
    return checks / ((System.nanoTime() - start) / 1e9);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
