package vn.loa.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A started platform: its processes, which can be stopped, killed and started again one by one. */
public final class RunningPlatform implements AutoCloseable {

  static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final PlatformConfig config;
  private final String classpath;
  private volatile JavaProcess kafka;
  private volatile JavaProcess mongo;
  private final Map<Service, JavaProcess> services =
      java.util.Collections.synchronizedMap(new EnumMap<>(Service.class));
  private final Map<Service, Integer> managementPorts =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Services stopped or killed on purpose: the supervisor leaves them down. */
  private final java.util.Set<Service> down = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final Map<Service, Integer> restarts = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile boolean closing;

  /**
   * The gateway's client secret at the identity service: made for this run, known to those two
   * only.
   */
  private final String gatewaySecret = java.util.HexFormat.of().formatHex(randomBytes());

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return bytes;
  }

  RunningPlatform(PlatformConfig config, String classpath) {
    this.config = config;
    this.classpath = classpath;
  }

  /**
   * Starts the broker and the store, unless the config names existing ones, and waits for their
   * ports.
   */
  void startInfrastructure() throws java.io.IOException, InterruptedException {
    if (config.kafka() == null) {
      kafka = KafkaBroker.start(config.dataDir(), classpath, config.kafkaPort());
    }
    if (config.mongoHostPort() == null) {
      mongo =
          JavaProcess.main(
                  "mongo",
                  List.of("-Xmx512m", "-XX:+UseSerialGC"),
                  classpath,
                  MongoServerMain.class.getName(),
                  List.of(
                      config.dataDir().resolve("mongo/loa.mv").toString(),
                      Integer.toString(config.mongoPort())),
                  config.dataDir().resolve("logs/mongo.log"))
              .start();
    }
    if (kafka != null) {
      kafka.awaitPort(config.kafkaPort(), Duration.ofSeconds(90));
    }
    if (mongo != null) {
      mongo.awaitPort(config.mongoPort(), Duration.ofSeconds(60));
    }
  }

  public PlatformConfig config() {
    return config;
  }

  public String gatewayUrl() {
    return "http://127.0.0.1:" + config.port(Service.GATEWAY);
  }

  /**
   * The service's loopback-only management port (metrics): the default one on the local default, a
   * free one, chosen once, when the platform runs on free ports (tests, benchmarks).
   */
  public int managementPort(Service service) {
    return managementPorts.computeIfAbsent(
        service, s -> config.port(s) == s.defaultPort() ? s.defaultManagementPort() : Ports.free());
  }

  public JavaProcess process(Service service) {
    return services.get(service);
  }

  /**
   * Every process the platform runs now, by name (the broker {@code kafka}, the store {@code
   * mongo}, each service by its module), for measurements of their CPU and memory.
   */
  public Map<String, JavaProcess> processes() {
    Map<String, JavaProcess> running = new java.util.LinkedHashMap<>();
    if (kafka != null) {
      running.put("kafka", kafka);
    }
    if (mongo != null) {
      running.put("mongo", mongo);
    }
    services.forEach((service, process) -> running.put(service.module(), process));
    running.values().removeIf(p -> !p.isAlive());
    return running;
  }

  /** Starts the services that are not running, in parallel, and waits until each is ready. */
  public void startServices(Service... which) throws InterruptedException {
    List<Service> started = new ArrayList<>();
    for (Service s : which) {
      JavaProcess p = services.get(s);
      if (p == null || !p.isAlive()) {
        services.put(s, launch(s).start());
        down.remove(s);
        started.add(s);
      }
    }
    for (Service s : started) {
      services.get(s).awaitReady(config.port(s), READY_TIMEOUT);
    }
  }

  /**
   * Starts one service with extra arguments (e.g. a switch an operator would set), and waits for
   * it.
   */
  public void startService(Service service, List<String> extraArgs) throws InterruptedException {
    JavaProcess p = launch(service, extraArgs).start();
    services.put(service, p);
    down.remove(service);
    p.awaitReady(config.port(service), READY_TIMEOUT);
  }

  /**
   * SIGKILL: the service dies mid-flight, as in a power cut (and stays down until started again).
   */
  public void kill(Service service) {
    down.add(service);
    JavaProcess p = services.get(service);
    if (p != null) {
      p.kill();
    }
  }

  public void stop(Service service) {
    down.add(service);
    JavaProcess p = services.get(service);
    if (p != null) {
      p.stop(STOP_GRACE);
    }
  }

  private JavaProcess launch(Service s) {
    return launch(s, List.of());
  }

  private JavaProcess launch(Service s, List<String> moreArgs) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + config.port(s));
    args.add("--management.server.port=" + managementPort(s));
    switch (s) {
      case GATEWAY -> {
        args.add("--loa.services.plan-service=http://127.0.0.1:" + config.port(Service.PLAN));
        args.add("--loa.services.task-service=http://127.0.0.1:" + config.port(Service.TASK));
        args.add(
            "--loa.services.report-aggregator=http://127.0.0.1:" + config.port(Service.AGGREGATOR));
        args.add("--loa.services.web-app=http://127.0.0.1:" + config.port(Service.WEB));
        args.add("--loa.identity.issuer=" + config.identityIssuer());
        args.add("--loa.identity.gateway-client-secret=" + gatewaySecret);
      }
      case WEB -> {
        // The pages reach the API the way every client does: through the gateway.
        args.add("--loa.web.api-url=http://127.0.0.1:" + config.port(Service.GATEWAY));
        args.add("--loa.identity.issuer=" + config.identityIssuer());
      }
      case IDENTITY -> {
        args.add("--spring.mongodb.uri=" + config.mongoUri("loa_identity"));
        args.add("--loa.identity.issuer=" + config.identityIssuer());
        String gateway = "http://127.0.0.1:" + config.port(Service.GATEWAY);
        args.add("--loa.identity.gateway-client.secret=" + gatewaySecret);
        args.add(
            "--loa.identity.gateway-client.redirect-uri=" + gateway + "/login/oauth2/code/loa");
        args.add("--loa.identity.gateway-client.post-logout-redirect-uri=" + gateway + "/");
        if (config.demo()) {
          args.add("--loa.demo.enabled=true");
        }
      }
      default -> {
        args.add("--loa.kafka.bootstrap-servers=" + config.bootstrapServers());
        args.add("--spring.mongodb.uri=" + config.mongoUri("loa_" + s.module().replace('-', '_')));
        args.add("--loa.identity.issuer=" + config.identityIssuer());
      }
    }
    if ((s == Service.PLAN || s == Service.TASK) && config.demo()) {
      args.add("--loa.demo.enabled=true");
    }
    args.addAll(config.extraArgs(s));
    args.addAll(moreArgs);
    List<String> jvm = new ArrayList<>(JavaProcess.SMALL_JVM);
    jvm.add("-Xmx256m");
    // For measurements only (docs/benchmarks.md): more JVM flags for every service, after the usual
    // ones so that they win, e.g. -Dloa.platform.service-jvm=-XX:TieredStopAtLevel=4.
    String measured = System.getProperty("loa.platform.service-jvm", "").strip();
    if (!measured.isEmpty()) {
      jvm.addAll(List.of(measured.split("\\s+")));
    }
    Path log = config.dataDir().resolve("logs").resolve(s.module() + ".log");
    return JavaProcess.jar(s.module(), jvm, s.jar(config.repository()), args, log);
  }

  /**
   * Restarts any service that dies without having been stopped or killed through this platform (a
   * crash, an out-of-memory exit, a {@code kill -9} from outside): after 1 s, then 2, 4, … up to 60
   * s while it keeps dying; the wait goes back to 1 s once it has run for a minute. Every exit and
   * restart is reported to {@code console}.
   */
  public void supervise(java.util.function.Consumer<String> console) {
    Thread.ofPlatform()
        .daemon()
        .name("loa-supervisor")
        .start(
            () -> {
              Map<Service, Integer> failures = new EnumMap<>(Service.class);
              Map<Service, Long> upSince = new EnumMap<>(Service.class);
              while (!closing) {
                for (Service s : Service.values()) {
                  JavaProcess p = services.get(s);
                  if (p == null || down.contains(s) || closing) {
                    continue;
                  }
                  if (p.isAlive()) {
                    upSince.putIfAbsent(s, System.nanoTime());
                    if (System.nanoTime() - upSince.get(s) > Duration.ofMinutes(1).toNanos()) {
                      failures.remove(s);
                    }
                    continue;
                  }
                  upSince.remove(s);
                  int n = failures.merge(s, 1, Integer::sum);
                  long wait = Math.min(60, 1L << Math.min(n - 1, 6));
                  console.accept(
                      String.format(
                          "%s exited (code %s); restarting in %d s (restart %d). Log: %s",
                          s.module(), p.exitCode(), wait, n, p.log()));
                  try {
                    Thread.sleep(Duration.ofSeconds(wait));
                    if (closing || down.contains(s)) {
                      continue;
                    }
                    long started = System.nanoTime();
                    JavaProcess restarted = launch(s).start();
                    services.put(s, restarted);
                    restarts.merge(s, 1, Integer::sum);
                    restarted.awaitReady(config.port(s), READY_TIMEOUT);
                    console.accept(
                        String.format(
                            "%s is back (ready after %.1f s).",
                            s.module(), (System.nanoTime() - started) / 1e9));
                  } catch (InterruptedException e) {
                    return;
                  } catch (RuntimeException e) {
                    console.accept(s.module() + " did not come back: " + e.getMessage());
                  }
                }
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
  }

  /**
   * Waits until the demo data is wholly there, in every service that serves it (what the README's
   * "Try it" shows), reporting progress to {@code progress} ({@link DemoReadiness}).
   */
  public void awaitDemoData(Duration timeout, java.util.function.Consumer<String> progress)
      throws java.io.IOException, InterruptedException {
    new DemoReadiness(this).await(timeout, progress);
  }

  /** How many times the supervisor restarted {@code service}. */
  public int restarts(Service service) {
    return restarts.getOrDefault(service, 0);
  }

  /** Stops everything: services first (gateway first), then the store and the broker. */
  @Override
  public void close() {
    closing = true;
    List<Service> order = new ArrayList<>(List.of(Service.values()));
    java.util.Collections.reverse(order);
    order.forEach(this::stop);
    if (mongo != null) {
      mongo.stop(STOP_GRACE);
    }
    if (kafka != null) {
      kafka.stop(Duration.ofSeconds(30));
    }
  }
}
