package vn.loa.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The Loa services the platform runs, in start order, with their default ports. */
public enum Service {
  IDENTITY("identity-service", 9000, 9100),
  PLAN("plan-service", 8081, 9181),
  TASK("task-service", 8082, 9182),
  AGGREGATOR("report-aggregator", 8083, 9183),
  WEB("web-app", 8084, 9184),
  GATEWAY("gateway", 8080, 9180);

  private final String module;
  private final int defaultPort;
  private final int defaultManagementPort;

  Service(String module, int defaultPort, int defaultManagementPort) {
    this.module = module;
    this.defaultPort = defaultPort;
    this.defaultManagementPort = defaultManagementPort;
  }

  /** The loopback-only port of the service's actuator (metrics), as its application.yml sets it. */
  public int defaultManagementPort() {
    return defaultManagementPort;
  }

  public String module() {
    return module;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The runnable jar the build leaves in the module's {@code target} folder. */
  public Path jar(Path repository) {
    Path target = repository.resolve(module).resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(() -> missing(target));
    } catch (IOException e) {
      throw missing(target);
    }
  }

  private IllegalStateException missing(Path target) {
    return new IllegalStateException(
        "No runnable jar of "
            + module
            + " in "
            + target
            + ": build first (./mvnw -DskipTests package)");
  }
}
