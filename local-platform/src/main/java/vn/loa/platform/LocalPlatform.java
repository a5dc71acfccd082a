package vn.loa.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Loa locally: {@code scripts/run-local} builds the jars and runs this. Ctrl-C stops
 * everything cleanly; running it again keeps all data (under {@code data/}).
 */
public final class LocalPlatform {

  private LocalPlatform() {}

  /** Starts the broker and store (unless the config names existing ones), then every service. */
  public static RunningPlatform start(PlatformConfig config)
      throws IOException, InterruptedException {
    RunningPlatform platform = prepare(config);
    start(platform);
    return platform;
  }

  /** A platform ready to start: nothing runs yet, so a shutdown hook can be installed first. */
  static RunningPlatform prepare(PlatformConfig config) {
    checkPortsFree(config);
    return new RunningPlatform(config, System.getProperty("java.class.path"));
  }

  static void start(RunningPlatform platform) throws IOException, InterruptedException {
    try {
      platform.startInfrastructure();
      platform.startServices(Service.values());
    } catch (IOException | RuntimeException | InterruptedException e) {
      platform.close();
      throw e;
    }
  }

  private static void checkPortsFree(PlatformConfig config) {
    List<Integer> ports = new ArrayList<>(config.ports().values());
    if (config.kafka() == null) {
      ports.add(config.kafkaPort());
      ports.add(config.kafkaPort() + 1);
    }
    if (config.mongoHostPort() == null) {
      ports.add(config.mongoPort());
    }
    for (int port : ports) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress("127.0.0.1", port));
      } catch (IOException e) {
        throw new IllegalStateException(
            "Port " + port + " is in use: is Loa (or something else) already running?");
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Path repository = Path.of("").toAbsolutePath();
    PlatformConfig config = PlatformConfig.localDefault(repository);
    long started = System.nanoTime();
    System.out.println(
        "Starting Loa: Kafka (KRaft), MongoDB wire-protocol server, 5 services. Data in "
            + config.dataDir());
    RunningPlatform platform;
    try {
      platform = prepare(config);
    } catch (IllegalStateException e) {
      System.err.println("Loa did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    // Installed before anything starts, so an interrupted start-up leaves no process behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Loa...");
                  platform.close();
                  System.out.println("Stopped. Data kept in " + config.dataDir());
                },
                "loa-stop"));
    try {
      start(platform);
      System.out.printf(
          "All services healthy after %.1f s.%n", (System.nanoTime() - started) / 1e9);
      if (config.demo()) {
        platform.awaitDemoData(Duration.ofMinutes(5), System.out::println);
      }
    } catch (IllegalStateException e) {
      System.err.println("Loa did not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    // From now on a service that dies is restarted (with backoff), and the console says so.
    platform.supervise(line -> System.out.println("[supervisor] " + line));
    System.out.printf(
        """

        Loa is running, with its demo data (ready after %.1f s).
          Web application:     %s/ (sign in, e.g. officer.kim-thanh / loa-demo)
          Gateway (use this):  %s
          Identity service:    %s (sign-in; demo accounts in the README)
            e.g. TOKEN=$(curl -s -u integrator-kim-thanh:integrator-kim-thanh-secret \\
                   -d grant_type=client_credentials %s/oauth2/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                 curl -H "Authorization: Bearer $TOKEN" '%s/api/org-units'
          plan-service %d, task-service %d, report-aggregator %d, web-app %d (direct, for diagnosis only)
          Kafka 127.0.0.1:%d, MongoDB wire protocol 127.0.0.1:%d
          Logs: %s
        Press Ctrl-C to stop.
        %n\
        """,
        (System.nanoTime() - started) / 1e9,
        platform.gatewayUrl(),
        platform.gatewayUrl(),
        config.identityIssuer(),
        config.identityIssuer(),
        platform.gatewayUrl(),
        config.port(Service.PLAN),
        config.port(Service.TASK),
        config.port(Service.AGGREGATOR),
        config.port(Service.WEB),
        config.kafkaPort(),
        config.mongoPort(),
        config.dataDir().resolve("logs"));
    Thread.currentThread().join();
  }
}
