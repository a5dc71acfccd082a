package vn.loa.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One Kafka record as a consumer function receives it, with the coordinates that idempotent
 * processing and dead-lettering need.
 */
public record InboundRecord(String topic, int partition, long offset, String key, byte[] value) {

  /** The single record of a record-at-a-time binding. */
  public static InboundRecord of(Message<byte[]> message) {
    MessageHeaders h = message.getHeaders();
    return new InboundRecord(
        h.get(KafkaHeaders.RECEIVED_TOPIC, String.class),
        h.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class),
        h.get(KafkaHeaders.OFFSET, Long.class),
        key(h.get(KafkaHeaders.RECEIVED_KEY)),
        message.getPayload());
  }

  /** The records of a batch binding ({@code batch-mode: true}), in the order they were polled. */
  public static List<InboundRecord> batch(Message<List<byte[]>> message) {
    MessageHeaders h = message.getHeaders();
    List<?> topics = (List<?>) h.get(KafkaHeaders.RECEIVED_TOPIC);
    List<?> partitions = (List<?>) h.get(KafkaHeaders.RECEIVED_PARTITION);
    List<?> offsets = (List<?>) h.get(KafkaHeaders.OFFSET);
    List<?> keys = (List<?>) h.get(KafkaHeaders.RECEIVED_KEY);
    List<byte[]> values = message.getPayload();
    List<InboundRecord> records = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      records.add(
          new InboundRecord(
              (String) topics.get(i),
              ((Number) partitions.get(i)).intValue(),
              ((Number) offsets.get(i)).longValue(),
              keys == null ? null : key(keys.get(i)),
              values.get(i)));
    }
    return records;
  }

  private static String key(Object key) {
    return switch (key) {
      case null -> null;
      case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
      default -> key.toString();
    };
  }
}
