package vn.loa.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The official Apache Kafka image (KRaft) and the official MongoDB image as a single-member replica
 * set, the same images docker-compose.yml uses. Needs a Docker engine.
 */
public final class ContainerInfrastructure implements Infrastructure.Started {

  public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
  public static final String MONGO_IMAGE = "mongo:8.0";

  private final KafkaContainer kafka;
  private final MongoDBContainer mongo;

  private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
    this.kafka = kafka;
    this.mongo = mongo;
  }

  static ContainerInfrastructure start() {
    KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
    MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
    kafka.start();
    mongo.start();
    return new ContainerInfrastructure(kafka, mongo);
  }

  @Override
  public Infrastructure.Endpoints endpoints() {
    return new Infrastructure.Endpoints(
        kafka.getBootstrapServers(), mongo.getHost(), mongo.getMappedPort(27017), "containers");
  }

  @Override
  public void close() {
    kafka.stop();
    mongo.stop();
  }
}
