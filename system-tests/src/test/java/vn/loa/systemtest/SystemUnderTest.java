package vn.loa.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.loa.platform.LocalPlatform;
import vn.loa.platform.PlatformConfig;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.Infrastructure;

/**
 * The whole system for this test JVM: every service as its own process, started once, on this JVM's
 * broker and store (see {@link Infrastructure}), on free ports, with the demo hierarchy.
 */
final class SystemUnderTest {

  private static RunningPlatform platform;

  private SystemUnderTest() {}

  static synchronized RunningPlatform platform() {
    if (platform == null) {
      try {
        platform = LocalPlatform.start(config());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "system-under-test-stop"));
      // As on the local default: a service that dies without the tests stopping it is restarted.
      platform.supervise(line -> System.out.println("[supervisor] " + line));
      // Every test starts from the whole demo data, as a person trying the README does: no test
      // counts a total while demo activities are still arriving.
      try {
        platform.awaitDemoData(java.time.Duration.ofMinutes(5), System.out::println);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return platform;
  }

  private static com.mongodb.client.MongoClient store;

  /**
   * task-service's activities as stored, read straight from its database (what a refusal must leave
   * alone).
   */
  static synchronized com.mongodb.client.MongoCollection<org.bson.Document> taskActivities() {
    if (store == null) {
      store =
          com.mongodb.client.MongoClients.create(
              Infrastructure.endpoints().mongoUri("loa_task_service"));
      Runtime.getRuntime()
          .addShutdownHook(new Thread(store::close, "system-under-test-store-close"));
    }
    return store.getDatabase("loa_task_service").getCollection("activities");
  }

  /**
   * The gateway, as the demo operations client (the city administrator's rights over the demo
   * city).
   */
  static Http gateway() {
    return gatewayAs("loa-ops", "loa-ops-secret");
  }

  /** The gateway with a token the identity service issued to a demo client (client credentials). */
  static Http gatewayAs(String clientId, String secret) {
    return new Http(platform().gatewayUrl()).as(token(clientId, secret));
  }

  /** An access token from the real identity service of the platform. */
  static String token(String clientId, String secret) {
    Http.Response r =
        new Http(platform().config().identityIssuer()).clientCredentials(clientId, secret);
    if (r.status() != 200) {
      throw new IllegalStateException(
          "no token for " + clientId + ": " + r.status() + " " + r.text());
    }
    return r.json().get("access_token").asString();
  }

  private static PlatformConfig config() throws IOException {
    Infrastructure.Endpoints infra = Infrastructure.endpoints();
    Map<Service, Integer> ports = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      ports.put(s, freePort());
    }
    Path data = Files.createDirectories(Path.of("target", "system-under-test"));
    return new PlatformConfig(
        Path.of("..").toAbsolutePath().normalize(),
        data,
        infra.kafkaBootstrapServers(),
        infra.mongoHost() + ":" + infra.mongoPort(),
        0,
        0,
        ports,
        true,
        exportingTraces(
            Map.of(Service.AGGREGATOR, List.of("--loa.rollup.unknown-unit-grace=10s"))));
  }

  private static TraceCollector traces;

  /** The spans every service of the system under test has exported (see {@link TraceCollector}). */
  static synchronized TraceCollector traces() {
    if (traces == null) {
      try {
        traces = new TraceCollector();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(traces::close, "trace-collector-stop"));
    }
    return traces;
  }

  /** {@code args} with every service exporting its spans over OTLP to {@link #traces()}. */
  private static Map<Service, List<String>> exportingTraces(Map<Service, List<String>> args) {
    Map<Service, List<String>> all = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      List<String> own = new java.util.ArrayList<>(args.getOrDefault(s, List.of()));
      own.add("--management.opentelemetry.tracing.export.otlp.endpoint=" + traces().endpoint());
      own.add("--management.opentelemetry.tracing.export.schedule-delay=500ms");
      all.put(s, List.copyOf(own));
    }
    return all;
  }

  static int freePort() {
    return vn.loa.platform.Ports.free();
  }
}
