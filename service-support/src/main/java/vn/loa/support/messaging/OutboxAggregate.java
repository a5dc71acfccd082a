package vn.loa.support.messaging;

import java.util.List;

/**
 * An aggregate stored as one MongoDB document that carries its own pending events (field {@value
 * OutboxRelay#FIELD}). Its {@link #version()} starts at 1 and grows by one on every change; the
 * same number is the {@code ETag} callers send back in {@code If-Match} and the {@code
 * aggregateversion} of its events.
 */
public interface OutboxAggregate {

  String id();

  long version();

  List<PendingEvent> outbox();
}
