package vn.loa.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One Kafka record as a consumer function receives it, with the coordinates that idempotent
 * processing and dead-lettering need.
 */
public record InboundRecord(
    String topic, int partition, long offset, String key, byte[] value, Map<String, String> trace) {

  /** The record headers that carry a trace (W3C Trace Context), kept in {@link #trace}. */
  public static final List<String> TRACE_HEADERS = List.of("traceparent", "tracestate");

  /** A record that carries no trace. */
  public InboundRecord(String topic, int partition, long offset, String key, byte[] value) {
    this(topic, partition, offset, key, value, Map.of());
  }

  /** The single record of a record-at-a-time binding. */
  public static InboundRecord of(Message<byte[]> message) {
    MessageHeaders h = message.getHeaders();
    return new InboundRecord(
        h.get(KafkaHeaders.RECEIVED_TOPIC, String.class),
        h.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class),
        h.get(KafkaHeaders.OFFSET, Long.class),
        key(h.get(KafkaHeaders.RECEIVED_KEY)),
        message.getPayload(),
        trace(h));
  }

  /** The records of a batch binding ({@code batch-mode: true}), in the order they were polled. */
  public static List<InboundRecord> batch(Message<List<byte[]>> message) {
    MessageHeaders h = message.getHeaders();
    List<?> topics = (List<?>) h.get(KafkaHeaders.RECEIVED_TOPIC);
    List<?> partitions = (List<?>) h.get(KafkaHeaders.RECEIVED_PARTITION);
    List<?> offsets = (List<?>) h.get(KafkaHeaders.OFFSET);
    List<?> keys = (List<?>) h.get(KafkaHeaders.RECEIVED_KEY);
    List<?> headers = (List<?>) h.get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
    List<byte[]> values = message.getPayload();
    List<InboundRecord> records = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      records.add(
          new InboundRecord(
              (String) topics.get(i),
              ((Number) partitions.get(i)).intValue(),
              ((Number) offsets.get(i)).longValue(),
              keys == null ? null : key(keys.get(i)),
              values.get(i),
              headers == null ? Map.of() : trace((Map<?, ?>) headers.get(i))));
    }
    return records;
  }

  private static Map<String, String> trace(Map<?, ?> headers) {
    Map<String, String> trace = null;
    for (String name : TRACE_HEADERS) {
      String value =
          switch (headers.get(name)) {
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            case String text -> text;
            case null, default -> null;
          };
      if (value != null) {
        if (trace == null) {
          trace = new LinkedHashMap<>();
        }
        trace.put(name, value);
      }
    }
    return trace == null ? Map.of() : trace;
  }

  private static String key(Object key) {
    return switch (key) {
      case null -> null;
      case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
      default -> key.toString();
    };
  }
}
