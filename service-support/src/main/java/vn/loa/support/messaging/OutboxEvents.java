package vn.loa.support.messaging;

import java.time.Clock;
import java.time.Instant;
import vn.loa.contracts.Envelope;
import vn.loa.contracts.EventType;

/** Creates the pending events an aggregate stores next to its new state. */
public final class OutboxEvents {

  private final EventCodec codec;
  private final Clock clock;

  public OutboxEvents(EventCodec codec, Clock clock) {
    this.codec = codec;
    this.clock = clock;
  }

  /**
   * An event announcing that aggregate {@code subject} reached {@code version} with state {@code
   * data}.
   */
  public <T> PendingEvent pending(EventType<T> type, String subject, long version, T data) {
    Instant now = clock.instant();
    Envelope<T> envelope = codec.envelope(type, subject, version, data, now);
    return new PendingEvent(
        envelope.id(),
        type.topic().name(),
        subject,
        type.name(),
        codec.encodeToString(envelope),
        now);
  }
}
