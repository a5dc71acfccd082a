package vn.loa.support.messaging;

/**
 * An event that goes into the same document write as an aggregate's own events — the entry of the
 * central audit trail is one — so that neither is ever written without the other. A service
 * declares at most one such bean; {@link Aggregates} asks it for every write.
 */
public interface AccompanyingEvents {

  /** The event to write with {@code aggregate}'s latest change, or {@code null} for none. */
  PendingEvent of(OutboxAggregate aggregate);
}
