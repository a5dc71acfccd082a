package vn.loa.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.contracts.Topic;

/**
 * Sends a record this service can never process to its dead-letter topic, synchronously, so that
 * the consumer commits past it only once the dead letter is durable. A dead-lettered record counts
 * for nothing and keeps its original coordinates in headers for inspection and replay.
 */
public final class DeadLetters {

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final Producer<String, byte[]> producer;
  private final String consumer;
  private final MeterRegistry meters;

  public DeadLetters(Producer<String, byte[]> producer, String consumer, MeterRegistry meters) {
    this.producer = producer;
    this.consumer = consumer;
    this.meters = meters;
  }

  public void send(Topic topic, InboundRecord record, String reason) {
    send(topic.name(), record, reason);
  }

  /** Dead-letters a record that failed in the listener container after its bounded retries. */
  void send(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> failed, Exception e) {
    Object value = failed.value();
    byte[] bytes =
        value instanceof byte[] b
            ? b
            : value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
    Object key = failed.key();
    String keyText =
        key instanceof byte[] b
            ? new String(b, StandardCharsets.UTF_8)
            : key == null ? null : key.toString();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    send(
        failed.topic(),
        new InboundRecord(failed.topic(), failed.partition(), failed.offset(), keyText, bytes),
        root.toString());
  }

  private void send(String topicName, InboundRecord record, String reason) {
    ProducerRecord<String, byte[]> letter =
        new ProducerRecord<>(
            Topic.deadLetterName(topicName, consumer), record.key(), record.value());
    header(letter, "kafka_dlt-original-topic", record.topic());
    header(letter, "kafka_dlt-original-partition", Integer.toString(record.partition()));
    header(letter, "kafka_dlt-original-offset", Long.toString(record.offset()));
    header(letter, "kafka_dlt-original-consumer-group", consumer);
    header(letter, "kafka_dlt-exception-message", reason);
    try {
      producer.send(letter).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Dead letter could not be written", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing a dead letter", e);
    }
    meters.counter("loa.messaging.dead-letters", "topic", record.topic()).increment();
    log.warn(
        "Dead-lettered {}-{}@{} (key {}): {}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        reason);
  }

  private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
    record
        .headers()
        .add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
  }
}
