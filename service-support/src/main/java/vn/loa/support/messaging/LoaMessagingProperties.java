package vn.loa.support.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging settings of a Loa service ({@code loa.kafka.*}, {@code loa.outbox.*}, {@code
 * loa.messaging.*}).
 *
 * @param kafka where the broker is and how topics are created
 * @param outbox how the outbox relay runs
 * @param consumerGroup the consumer group of this deployment; a new group (with a new database)
 *     replays every retained event, which is how read models are rebuilt side by side
 */
@ConfigurationProperties(prefix = "loa")
public record LoaMessagingProperties(
    @DefaultValue Kafka kafka, @DefaultValue Outbox outbox, @DefaultValue Messaging messaging) {

  /**
   * @param bootstrapServers the brokers
   * @param replicationFactor replication factor of topics this service creates
   * @param provisioningTimeout how long start-up waits for the broker to create or confirm topics
   * @param securityProtocol {@code PLAINTEXT} (the local default) or {@code SASL_PLAINTEXT}/{@code
   *     SASL_SSL}
   * @param saslMechanism the SASL mechanism when the protocol is SASL, e.g. {@code PLAIN} or {@code
   *     SCRAM-SHA-512}
   * @param saslJaasConfig the client's login (user and password) when the protocol is SASL
   */
  public record Kafka(
      @DefaultValue("127.0.0.1:9092") String bootstrapServers,
      @DefaultValue("1") short replicationFactor,
      @DefaultValue("60s") Duration provisioningTimeout,
      @DefaultValue("PLAINTEXT") String securityProtocol,
      @DefaultValue("PLAIN") String saslMechanism,
      @DefaultValue("") String saslJaasConfig) {

    /**
     * Client settings for every producer, consumer and admin client of the service: where and as
     * whom.
     */
    public Map<String, Object> client(Map<String, Object> more) {
      Map<String, Object> config = new HashMap<>(more);
      config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol);
      if (securityProtocol.startsWith("SASL")) {
        config.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, saslJaasConfig);
      }
      return config;
    }
  }

  /**
   * @param relayEnabled whether this instance publishes its outbox; an API-only replica may leave
   *     it to a dedicated relay instance
   * @param sweepInterval how often the relay looks for events left behind (after a crash, or a
   *     failed publish); new events are published at once, without waiting for the sweep
   * @param batchSize how many aggregates one publishing round takes
   */
  public record Outbox(
      @DefaultValue("true") boolean relayEnabled,
      @DefaultValue("30s") Duration sweepInterval,
      @DefaultValue("500") int batchSize) {}

  /**
   * @param consumerGroup the consumer group of this deployment
   */
  public record Messaging(@DefaultValue("") String consumerGroup) {}
}
