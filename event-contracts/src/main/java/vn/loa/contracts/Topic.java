package vn.loa.contracts;

import java.util.Objects;

/**
 * A Kafka topic of the catalogue.
 *
 * @param name the topic name
 * @param producer the one service allowed to write to it (single-writer principle)
 * @param cleanup {@link Cleanup#COMPACT} for entity-state topics (latest state per key is enough),
 *     {@link Cleanup#RETAIN} for fact topics that must keep every record to rebuild read models
 * @param partitions the partition count; records are keyed by aggregate id, so one aggregate's
 *     events stay in order
 */
public record Topic(String name, String producer, Cleanup cleanup, int partitions) {

  public enum Cleanup {
    COMPACT,
    RETAIN
  }

  public Topic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(cleanup, "cleanup");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1");
    }
  }

  /**
   * The dead-letter topic of one consuming service: where the records it could never process end
   * up. One per consumer keeps the single-writer rule for dead letters too.
   */
  public String deadLetterName(String consumer) {
    return deadLetterName(name, consumer);
  }

  /** The dead-letter topic of {@code consumer} for records of {@code topic}. */
  public static String deadLetterName(String topic, String consumer) {
    return topic + "." + consumer + ".dlt";
  }
}
