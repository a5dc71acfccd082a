package vn.loa.support.messaging;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.Catalogue;
import vn.loa.contracts.Envelope;
import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Writes and reads the CloudEvents envelope (structured JSON) that every Loa event travels in. */
public final class EventCodec {

  private final JsonMapper json;
  private final String source;

  public EventCodec(JsonMapper json, String applicationName) {
    this.json = json;
    this.source = "/loa/" + applicationName;
  }

  /** A new envelope for a change of aggregate {@code subject} to {@code version}. */
  public <T> Envelope<T> envelope(
      EventType<T> type, String subject, long version, T data, Instant time) {
    return Envelope.of(type, UUID.randomUUID().toString(), source, time, subject, version, data);
  }

  public byte[] encode(Envelope<?> envelope) {
    return json.writeValueAsBytes(envelope);
  }

  public String encodeToString(Envelope<?> envelope) {
    return json.writeValueAsString(envelope);
  }

  /**
   * Reads an envelope without interpreting its data yet.
   *
   * @throws UndecodableEventException if the bytes are not an envelope of this contract
   */
  public InboundEvent decode(byte[] payload) {
    JsonNode root;
    try {
      root = json.readTree(payload);
    } catch (JacksonException e) {
      throw new UndecodableEventException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UndecodableEventException("not a JSON object");
    }
    if (!Envelope.SPEC_VERSION.equals(text(root, "specversion"))) {
      throw new UndecodableEventException("specversion must be " + Envelope.SPEC_VERSION);
    }
    String id = required(root, "id");
    String type = required(root, "type");
    String subject = required(root, "subject");
    JsonNode version = root.get("aggregateversion");
    if (version == null || !version.canConvertToLong() || version.asLong() < 1) {
      throw new UndecodableEventException("aggregateversion must be a positive integer");
    }
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw new UndecodableEventException("data must be an object");
    }
    Instant time;
    try {
      time = Instant.parse(required(root, "time"));
    } catch (RuntimeException e) {
      throw new UndecodableEventException("time is not an instant");
    }
    return new InboundEvent(
        id, type, subject, version.asLong(), time, text(root, "dataschema"), data);
  }

  /**
   * The payload of an event of the expected type.
   *
   * @throws UndecodableEventException if the data does not fit the type's record
   */
  public <T> T data(InboundEvent event, EventType<T> type) {
    if (!type.name().equals(event.type())) {
      throw new UndecodableEventException("expected " + type.name() + " but got " + event.type());
    }
    try {
      return json.treeToValue(event.data(), type.dataType());
    } catch (JacksonException e) {
      throw new UndecodableEventException(
          type.name() + " data does not fit: " + e.getOriginalMessage());
    }
  }

  /**
   * The payload of whichever event type of {@code topic} the event is, as {@code dataType}.
   *
   * @throws UndecodableEventException for a type the topic does not carry, or data that does not
   *     fit
   */
  @SuppressWarnings("unchecked")
  public <T> T data(InboundEvent event, Topic topic, Class<T> dataType) {
    EventType<?> type =
        Catalogue.type(topic, event.type())
            .filter(t -> t.dataType().equals(dataType))
            .orElseThrow(
                () ->
                    new UndecodableEventException(
                        "unexpected event type " + event.type() + " on " + topic.name()));
    return data(event, (EventType<T>) type);
  }

  private static String required(JsonNode root, String field) {
    String value = text(root, field);
    if (value == null || value.isBlank()) {
      throw new UndecodableEventException(field + " is missing");
    }
    return value;
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || !node.isString() ? null : node.asString();
  }
}
