package vn.loa.testsupport;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * The broker and the store of this test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>The switch {@code -Dloa.test.infra} picks them: {@code embedded} (an in-process KRaft broker
 * and the MongoDB wire-protocol server), {@code containers} (Testcontainers' Apache Kafka and
 * MongoDB images) or {@code auto} (the default: containers where a Docker engine answers, embedded
 * otherwise). The same tests run on either.
 */
public final class Infrastructure {

  /** Where the tests' services find Kafka and MongoDB. */
  public record Endpoints(
      String kafkaBootstrapServers, String mongoHost, int mongoPort, String kind) {

    /** A connection string for one database of the shared server. */
    public String mongoUri(String database) {
      return "mongodb://" + mongoHost + ":" + mongoPort + "/" + database;
    }
  }

  interface Started extends AutoCloseable {
    Endpoints endpoints();

    @Override
    void close();
  }

  private static Started started;

  private Infrastructure() {}

  /** Starts the infrastructure once for this JVM and returns its endpoints. */
  public static synchronized Endpoints endpoints() {
    if (started == null) {
      started = start(mode());
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started::close, "loa-test-infrastructure-stop"));
    }
    return started.endpoints();
  }

  static String mode() {
    String mode = System.getProperty("loa.test.infra", "auto").trim().toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "embedded", "containers" -> mode;
      case "auto", "" ->
          DockerClientFactory.instance().isDockerAvailable() ? "containers" : "embedded";
      default ->
          throw new IllegalArgumentException(
              "-Dloa.test.infra must be auto, embedded or containers, not '" + mode + "'");
    };
  }

  private static Started start(String mode) {
    return "containers".equals(mode)
        ? ContainerInfrastructure.start()
        : EmbeddedInfrastructure.start();
  }
}
