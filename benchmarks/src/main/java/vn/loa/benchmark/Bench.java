package vn.loa.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.platform.LocalPlatform;
import vn.loa.platform.PlatformConfig;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;

/** What every benchmark needs: the platform on free ports, HTTP, JSON, percentiles. */
final class Bench {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static String identity;
  private static String token;
  private static long tokenAt;

  private Bench() {}

  /**
   * A bearer token of the demo operations client (the city administrator's rights), from the
   * platform's identity service; renewed well before it expires.
   */
  static synchronized String bearer() throws IOException, InterruptedException {
    if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(10).toNanos()) {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(identity + "/oauth2/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString("loa-ops:loa-ops-secret".getBytes()))
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("no token: " + r.statusCode() + " " + new String(r.body()));
      }
      token = JSON.readTree(r.body()).get("access_token").asString();
      tokenAt = System.nanoTime();
    }
    return token;
  }

  /** A request to {@code url} with the operations client's bearer token. */
  static HttpRequest.Builder request(String url) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + bearer());
  }

  /**
   * The whole local platform (own broker and store processes), with demo data, in a scratch folder.
   * The load comes from one client, so the gateway's rate limits (per client and unit, requests in
   * flight per client; docs/security.md) are raised far above it: the benchmarks measure the
   * system, not the limiter.
   */
  static RunningPlatform platform() throws IOException, InterruptedException {
    Map<Service, List<String>> args =
        Map.of(
            Service.GATEWAY,
            List.of(
                "--loa.gateway.rate-limit.client-per-second=100000",
                "--loa.gateway.rate-limit.client-burst=100000",
                "--loa.gateway.rate-limit.unit-per-second=100000",
                "--loa.gateway.rate-limit.unit-burst=100000",
                "--loa.gateway.rate-limit.client-in-flight=100000"));
    Path data = Files.createTempDirectory("loa-bench-");
    Map<Service, Integer> ports = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      ports.put(s, freePort());
    }
    int kafka = freePortPair();
    PlatformConfig config =
        new PlatformConfig(
            Path.of("").toAbsolutePath(), data, null, null, kafka, freePort(), ports, true, args);
    System.out.println("Starting the platform in " + data + " ...");
    long t0 = System.nanoTime();
    RunningPlatform platform = LocalPlatform.start(config);
    identity = platform.config().identityIssuer();
    System.out.printf("Platform ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    return platform;
  }

  static int freePort() {
    return vn.loa.platform.Ports.free();
  }

  /** A free port whose successor is free too (the broker's controller listens on port + 1). */
  static int freePortPair() throws IOException {
    for (int i = 0; i < 50; i++) {
      int port = freePort();
      try (ServerSocket next = new ServerSocket(port + 1)) {
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("no free port pair");
  }

  /** {@code POST /api/activities} of {@code json} through the gateway, answered within 30 s. */
  static HttpRequest.Builder postActivity(String gateway, String json)
      throws IOException, InterruptedException {
    return request(gateway + "/api/activities")
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode getJson(String url) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = send(request(url).build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " -> " + r.statusCode() + " " + new String(r.body()));
    }
    return JSON.readTree(r.body());
  }

  /** The lines of a service's Prometheus page for one metric (e.g. its published percentiles). */
  static List<String> prometheus(String serviceUrl, String metric)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        send(
            HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30))
                .build());
    return new String(r.body()).lines().filter(l -> l.startsWith(metric)).toList();
  }

  /** The {@code p}-th percentile (0–100) of some durations in nanoseconds, in milliseconds. */
  static double percentileMs(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
