package vn.loa.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging mechanics of a Loa service, wired from {@code loa.kafka.*} and {@code
 * loa.outbox.*}.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@EnableConfigurationProperties(LoaMessagingProperties.class)
public class LoaMessagingAutoConfiguration {

  /** Official time of the system: Vietnam (UTC+7), which decides what "today" and a period are. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(VIETNAM);
  }

  @Bean
  EventCodec eventCodec(JsonMapper json, @Value("${spring.application.name}") String application) {
    return new EventCodec(json, application);
  }

  /** A request's trace through the outbox and Kafka, when the service has a tracer (issue 16). */
  @Bean
  EventTracing eventTracing(
      org.springframework.beans.factory.ObjectProvider<io.micrometer.tracing.Tracer> tracer,
      org.springframework.beans.factory.ObjectProvider<io.micrometer.tracing.propagation.Propagator>
          propagator) {
    io.micrometer.tracing.Tracer t = tracer.getIfAvailable();
    io.micrometer.tracing.propagation.Propagator p = propagator.getIfAvailable();
    return t == null || p == null ? EventTracing.none() : new EventTracing(t, p);
  }

  @Bean
  OutboxEvents outboxEvents(EventCodec codec, Clock clock, EventTracing tracing) {
    return new OutboxEvents(codec, clock, tracing);
  }

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> loaEventProducer(
      LoaMessagingProperties properties, @Value("${spring.application.name}") String application) {
    return new KafkaProducer<>(
        properties
            .kafka()
            .client(
                Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, application + "-events",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 1,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000)),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  @Bean
  @ConditionalOnBean(MessagingTopics.class)
  TopicProvisioner topicProvisioner(LoaMessagingProperties properties, MessagingTopics topics) {
    return new TopicProvisioner(properties.kafka(), topics);
  }

  @Bean
  @ConditionalOnBean(OutboxCollections.class)
  OutboxRelay outboxRelay(
      MongoTemplate mongo,
      Producer<String, byte[]> producer,
      OutboxCollections collections,
      LoaMessagingProperties properties,
      Clock clock,
      MeterRegistry meters,
      EventTracing tracing) {
    return new OutboxRelay(
        mongo, producer, collections.names(), properties.outbox(), clock, meters, tracing);
  }

  @Bean
  @ConditionalOnBean(MessagingTopics.class)
  DeadLetters deadLetters(
      Producer<String, byte[]> producer, MessagingTopics topics, MeterRegistry meters) {
    // Counted from zero per consumed topic, so the alert on a first dead letter has a series to
    // see.
    topics.consumed().forEach(t -> meters.counter("loa.messaging.dead-letters", "topic", t.name()));
    return new DeadLetters(producer, topics.consumer(), meters);
  }

  @Bean
  @ConditionalOnBean(MessagingTopics.class)
  EventConsumers eventConsumers(EventCodec codec, DeadLetters deadLetters, EventTracing tracing) {
    return new EventConsumers(codec, deadLetters, tracing);
  }

  /**
   * Bounded retries then dead letter for poison, unbounded back-off for outages (see
   * ConsumerFailures).
   */
  @Bean
  @ConditionalOnBean(MessagingTopics.class)
  org.springframework.cloud.stream.config.ListenerContainerCustomizer<
          org.springframework.kafka.listener.AbstractMessageListenerContainer<?, ?>>
      loaListenerContainerCustomizer(DeadLetters deadLetters) {
    return (container, destination, group) ->
        container.setCommonErrorHandler(ConsumerFailures.errorHandler(deadLetters));
  }

  @Bean
  Aggregates aggregates(
      MongoTemplate mongo,
      org.springframework.beans.factory.ObjectProvider<OutboxRelay> relay,
      org.springframework.beans.factory.ObjectProvider<AccompanyingEvents> accompanying) {
    return new Aggregates(mongo, relay, accompanying);
  }

  @Bean
  OnceOnlyEvents onceOnlyEvents(MongoTemplate mongo, Aggregates aggregates, OutboxEvents events) {
    return new OnceOnlyEvents(mongo, aggregates, events);
  }

  @Bean
  Replicas replicas(MongoTemplate mongo) {
    return new Replicas(mongo);
  }
}
