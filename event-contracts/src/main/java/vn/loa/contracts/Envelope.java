package vn.loa.contracts;

import java.time.Instant;

/**
 * The one envelope of every Loa event, with CloudEvents 1.0 attribute names (structured JSON mode).
 *
 * @param specversion always {@code 1.0}
 * @param id unique event id; consumers may use it to recognise a re-delivered event
 * @param source the producing service, e.g. {@code /loa/task-service}
 * @param type the logical type name ({@link EventType#name()})
 * @param time when the change happened
 * @param subject the aggregate id (also the Kafka record key)
 * @param dataschema the payload schema and version ({@link EventType#dataschema()})
 * @param datacontenttype always {@code application/json}
 * @param aggregateversion the version of the aggregate after the change; consumers keep the highest
 *     and ignore anything older or equal
 * @param data the payload record
 */
public record Envelope<T>(
    String specversion,
    String id,
    String source,
    String type,
    Instant time,
    String subject,
    String dataschema,
    String datacontenttype,
    long aggregateversion,
    T data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  public static <T> Envelope<T> of(
      EventType<T> type,
      String id,
      String source,
      Instant time,
      String subject,
      long version,
      T data) {
    return new Envelope<>(
        SPEC_VERSION,
        id,
        source,
        type.name(),
        time,
        subject,
        type.dataschema(),
        CONTENT_TYPE,
        version,
        data);
  }
}
