package vn.loa.support.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.loa.contracts.Envelope;
import vn.loa.contracts.EventType;

/** Creates the pending events an aggregate stores next to its new state. */
public final class OutboxEvents {

  private final EventCodec codec;
  private final Clock clock;
  private final EventTracing tracing;

  public OutboxEvents(EventCodec codec, Clock clock) {
    this(codec, clock, EventTracing.none());
  }

  public OutboxEvents(EventCodec codec, Clock clock, EventTracing tracing) {
    this.codec = codec;
    this.clock = clock;
    this.tracing = tracing;
  }

  /**
   * An event announcing that aggregate {@code subject} reached {@code version} with state {@code
   * data}.
   */
  public <T> PendingEvent pending(EventType<T> type, String subject, long version, T data) {
    Instant now = clock.instant();
    Envelope<T> envelope = codec.envelope(type, subject, version, data, now);
    Map<String, String> trace = tracing.current();
    return new PendingEvent(
        envelope.id(),
        type.topic().name(),
        subject,
        type.name(),
        codec.encodeToString(envelope),
        now,
        trace.isEmpty() ? null : trace);
  }
}
