package vn.loa.support.messaging;

import io.micrometer.tracing.Span;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import vn.loa.contracts.Topic;

/**
 * Builds the record-at-a-time consumer functions of Loa services: decode the envelope, dead-letter
 * what can never be decoded, hand the rest to the handler. The handler must be idempotent (it may
 * see a record again after a crash) and must ignore events older than what it has.
 */
public final class EventConsumers {

  /** Processes one decoded event of one record. */
  @FunctionalInterface
  public interface Handler {
    void handle(InboundEvent event, InboundRecord record);
  }

  private final EventCodec codec;
  private final DeadLetters deadLetters;
  private final EventTracing tracing;

  public EventConsumers(EventCodec codec, DeadLetters deadLetters, EventTracing tracing) {
    this.codec = codec;
    this.deadLetters = deadLetters;
    this.tracing = tracing;
  }

  /** Each record is handled in a consumer span continuing the trace it carries, if any. */
  public Consumer<Message<byte[]>> of(Topic topic, Handler handler) {
    return message -> {
      InboundRecord record = InboundRecord.of(message);
      tracing.within(
          tracing.continueTrace(
              record.trace(), "receive " + topic.name(), Span.Kind.CONSUMER, topic.name()),
          () -> {
            try {
              handler.handle(codec.decode(record.value()), record);
            } catch (UndecodableEventException e) {
              deadLetters.send(topic, record, e.getMessage());
            }
          });
    };
  }
}
