package vn.loa.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real Apache Kafka broker in KRaft mode, run in-process by Kafka's own test kit, and the
 * MongoDB wire-protocol server (in memory). Both listen on loopback ports, so services started as
 * separate processes can use them too.
 */
final class EmbeddedInfrastructure implements Infrastructure.Started {

  private final EmbeddedKafkaKraftBroker kafka;
  private final MongoServer mongo;
  private final Infrastructure.Endpoints endpoints;

  private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo) {
    this.kafka = kafka;
    this.mongo = mongo;
    InetSocketAddress address = mongo.getLocalAddress();
    this.endpoints =
        new Infrastructure.Endpoints(
            kafka.getBrokersAsString(), address.getHostString(), address.getPort(), "embedded");
  }

  static EmbeddedInfrastructure start() {
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
    kafka.brokerProperties(
        Map.of(
            "auto.create.topics.enable", "true",
            "group.initial.rebalance.delay.ms", "0",
            "offsets.topic.num.partitions", "5",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "log.cleaner.enable", "true"));
    kafka.afterPropertiesSet();
    MongoServer mongo = new MongoServer(new MemoryBackend());
    mongo.bind("127.0.0.1", 0);
    return new EmbeddedInfrastructure(kafka, mongo);
  }

  @Override
  public Infrastructure.Endpoints endpoints() {
    return endpoints;
  }

  @Override
  public void close() {
    mongo.shutdownNow();
    kafka.destroy();
  }
}
