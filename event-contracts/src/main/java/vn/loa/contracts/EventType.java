package vn.loa.contracts;

import java.util.Objects;

/**
 * A logical, versioned event type: the wire name is never a Java class name.
 *
 * @param name logical name in the past tense, e.g. {@code loa.activity.recorded}
 * @param version payload version; a version changes only backwards-compatibly (fields are added,
 *     never renamed, removed or re-typed)
 * @param topic the topic the event is published on
 * @param dataType the record carried as the envelope's {@code data}
 */
public record EventType<T>(String name, int version, Topic topic, Class<T> dataType) {

  public EventType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(dataType, "dataType");
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1");
    }
  }

  /** The CloudEvents {@code dataschema}: the JSON Schema published under docs/schemas. */
  public String dataschema() {
    return "urn:loa:schema:" + name + ":" + version;
  }
}
