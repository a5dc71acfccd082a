package vn.loa.platform;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run from
 * the Kafka jars with its log on disk. The storage is formatted once; later starts reuse it.
 */
final class KafkaBroker {

  static final int PORT = 9092;

  private KafkaBroker() {}

  /** Starts the broker on {@code port}; its controller listens on {@code port + 1}. */
  static JavaProcess start(Path dataDir, String classpath, int port)
      throws IOException, InterruptedException {
    Path dir = dataDir.resolve("kafka");
    Path logDirs = dir.resolve("log");
    Path config = dir.resolve("server.properties");
    Files.createDirectories(logDirs);
    writeConfig(config, logDirs, port);
    List<String> jvm =
        List.of("-Xmx384m", "-XX:+UseSerialGC", "-Dlogback.configurationFile=logback-kafka.xml");
    if (!Files.exists(logDirs.resolve("meta.properties"))) {
      int exit =
          JavaProcess.main(
                  "kafka-format",
                  jvm,
                  classpath,
                  "kafka.tools.StorageTool",
                  List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                  dataDir.resolve("logs/kafka-format.log"))
              .runToEnd(Duration.ofSeconds(60));
      if (exit != 0) {
        throw new IllegalStateException(
            "Formatting Kafka storage failed; see data/logs/kafka-format.log");
      }
    }
    return JavaProcess.main(
            "kafka",
            jvm,
            classpath,
            "kafka.Kafka",
            List.of(config.toString()),
            dataDir.resolve("logs/kafka.log"))
        .start();
  }

  private static void writeConfig(Path config, Path logDirs, int port) throws IOException {
    try (Writer w = Files.newBufferedWriter(config)) {
      w.write(
          """
          # Written by the Loa local platform at every start.
          process.roles=broker,controller
          node.id=1
          controller.quorum.voters=1@127.0.0.1:%d
          listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
          advertised.listeners=PLAINTEXT://127.0.0.1:%d
          controller.listener.names=CONTROLLER
          listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
          inter.broker.listener.name=PLAINTEXT
          log.dirs=%s
          num.partitions=3
          offsets.topic.replication.factor=1
          transaction.state.log.replication.factor=1
          transaction.state.log.min.isr=1
          share.coordinator.state.topic.replication.factor=1
          group.initial.rebalance.delay.ms=0
          num.network.threads=2
          num.io.threads=2
          background.threads=2
          log.cleaner.threads=1
          """
              .formatted(port + 1, port, port + 1, port, logDirs.toAbsolutePath()));
    }
  }
}
