package vn.loa.support.messaging;

import io.micrometer.tracing.Span;
import java.util.ArrayList;
import java.util.List;
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

  /** What a batch handler reads from one record: its value, and where it came from. */
  public record Read<T>(T value, InboundRecord record) {}

  /** Reads the data of one decoded event; throws {@link UndecodableEventException} for poison. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InboundEvent event, InboundRecord record);
  }

  /** Processes what was read from a polled batch, in order; {@code records} is all of the batch. */
  @FunctionalInterface
  public interface BatchHandler<T> {
    void handle(List<Read<T>> read, List<InboundRecord> records);
  }

  /**
   * A consumer of a polled batch ({@code batch-mode: true}): each record decoded and read on its
   * own, what can never be read dead-lettered, the rest handed over at once — so a handler can
   * apply a whole batch in one store round trip. A failure of the handler fails the whole batch,
   * which is retried (the handler must be idempotent), never dead-lettered: no valid record is lost
   * for another's sake.
   */
  public <T> Consumer<Message<List<byte[]>>> ofBatch(
      Topic topic, Reader<T> reader, BatchHandler<T> handler) {
    return message -> {
      List<InboundRecord> records = InboundRecord.batch(message);
      List<Read<T>> read = new ArrayList<>(records.size());
      List<Span> spans = new ArrayList<>(records.size());
      for (InboundRecord record : records) {
        try {
          read.add(new Read<>(reader.read(codec.decode(record.value()), record), record));
          spans.add(
              tracing.continueTrace(
                  record.trace(), "receive " + topic.name(), Span.Kind.CONSUMER, topic.name()));
        } catch (UndecodableEventException e) {
          deadLetters.send(topic, record, e.getMessage());
        }
      }
      try {
        handler.handle(read, records);
        EventTracing.end(spans, null);
      } catch (RuntimeException e) {
        EventTracing.end(spans, e);
        throw ConsumerFailures.isTransient(e)
            ? e
            : new RetryLaterException("a batch of " + topic.name() + " failed", e);
      }
    };
  }
}
