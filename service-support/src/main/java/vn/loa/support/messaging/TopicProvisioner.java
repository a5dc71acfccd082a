package vn.loa.support.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import vn.loa.contracts.Topic;

/**
 * Creates the service's topics before its consumers bind and its relay publishes, so a topic never
 * comes into being with broker defaults (a compacted topic created as a deleting one would lose
 * state).
 */
public final class TopicProvisioner implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

  private final LoaMessagingProperties.Kafka kafka;
  private final MessagingTopics topics;

  public TopicProvisioner(LoaMessagingProperties.Kafka kafka, MessagingTopics topics) {
    this.kafka = kafka;
    this.topics = topics;
  }

  /** The topics with the configuration each must have. */
  List<NewTopic> wanted() {
    Map<String, NewTopic> wanted = new LinkedHashMap<>();
    for (Topic topic : topics.produced()) {
      wanted.put(topic.name(), newTopic(topic));
    }
    for (Topic topic : topics.consumed()) {
      wanted.putIfAbsent(topic.name(), newTopic(topic));
      String deadLetters = topic.deadLetterName(topics.consumer());
      wanted.put(
          deadLetters,
          new NewTopic(deadLetters, 1, kafka.replicationFactor())
              .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
    }
    return new ArrayList<>(wanted.values());
  }

  private NewTopic newTopic(Topic topic) {
    Map<String, String> configs =
        switch (topic.cleanup()) {
          case COMPACT ->
              Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
          case RETAIN ->
              Map.of(
                  TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                  TopicConfig.RETENTION_MS_CONFIG, "-1",
                  TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        };
    return new NewTopic(topic.name(), topic.partitions(), kafka.replicationFactor())
        .configs(configs);
  }

  @Override
  public void afterPropertiesSet() throws InterruptedException {
    // A timeout, not a day: measured on the monotonic clock.
    long deadline = System.nanoTime() + kafka.provisioningTimeout().toNanos();
    List<NewTopic> wanted = wanted();
    while (true) {
      try (Admin admin =
          Admin.create(
              kafka.client(
                  Map.of(
                      AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                      AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000)))) {
        create(admin, wanted);
        return;
      } catch (ExecutionException | RuntimeException e) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException(
              "Kafka at " + kafka.bootstrapServers() + " did not confirm the topics in time", e);
        }
        log.warn(
            "Waiting for Kafka at {} to create topics: {}", kafka.bootstrapServers(), e.toString());
        TimeUnit.SECONDS.sleep(1);
      }
    }
  }

  private static void create(Admin admin, List<NewTopic> wanted)
      throws ExecutionException, InterruptedException {
    Set<String> existing = admin.listTopics().names().get();
    List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
    if (missing.isEmpty()) {
      return;
    }
    for (var result : admin.createTopics(missing).values().entrySet()) {
      try {
        result.getValue().get();
        log.info("Created topic {}", result.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }
}
