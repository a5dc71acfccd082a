package vn.loa.platform;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How to run the platform.
 *
 * @param repository the checkout, where the services' jars are built
 * @param dataDir where the broker's log, the store's file and the logs live
 * @param kafka bootstrap servers of an existing broker, or {@code null} to start one
 * @param mongoHostPort host:port of an existing MongoDB (wire-protocol) server, or {@code null} to
 *     start one
 * @param ports the port of each service
 * @param demo whether to load the demo data
 * @param serviceArgs extra {@code --key=value} arguments per service
 */
public record PlatformConfig(
    Path repository,
    Path dataDir,
    String kafka,
    String mongoHostPort,
    int kafkaPort,
    int mongoPort,
    Map<Service, Integer> ports,
    boolean demo,
    Map<Service, List<String>> serviceArgs) {

  /** The local default: everything on its usual port, data under {@code data/}. */
  public static PlatformConfig localDefault(Path repository) {
    Map<Service, Integer> ports = new EnumMap<>(Service.class);
    for (Service s : Service.values()) {
      ports.put(s, s.defaultPort());
    }
    return new PlatformConfig(
        repository,
        repository.resolve("data"),
        null,
        null,
        KafkaBroker.PORT,
        27017,
        ports,
        true,
        Map.of());
  }

  public String bootstrapServers() {
    return kafka != null ? kafka : "127.0.0.1:" + kafkaPort;
  }

  public String mongoUri(String database) {
    return "mongodb://"
        + (mongoHostPort != null ? mongoHostPort : "127.0.0.1:" + mongoPort)
        + "/"
        + database;
  }

  /** Where the identity service issues tokens from: the issuer every service checks. */
  public String identityIssuer() {
    return "http://127.0.0.1:" + port(Service.IDENTITY);
  }

  public int port(Service service) {
    return ports.get(service);
  }

  public List<String> extraArgs(Service service) {
    return serviceArgs.getOrDefault(service, List.of());
  }
}
