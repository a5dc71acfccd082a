package vn.loa.support.messaging;

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

  public EventConsumers(EventCodec codec, DeadLetters deadLetters) {
    this.codec = codec;
    this.deadLetters = deadLetters;
  }

  public Consumer<Message<byte[]>> of(Topic topic, Handler handler) {
    return message -> {
      InboundRecord record = InboundRecord.of(message);
      try {
        handler.handle(codec.decode(record.value()), record);
      } catch (UndecodableEventException e) {
        deadLetters.send(topic, record, e.getMessage());
      }
    };
  }
}
