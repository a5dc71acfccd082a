package vn.loa.support.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * An event waiting in its aggregate's document to be published (transactional outbox).
 *
 * <p>An aggregate keeps a list of these in the same MongoDB document as its state, so the change
 * and the event announcing it are written by one single-document write; the {@link OutboxRelay}
 * publishes them and then removes them. A crash in between publishes again, never loses.
 *
 * @param eventId the envelope id
 * @param topic where it goes
 * @param key the record key (the aggregate id)
 * @param type the logical event type, for logs and metrics
 * @param payload the encoded envelope
 * @param createdAt when the change was written
 * @param trace the trace context of the request that made the change (propagation headers; {@code
 *     null} outside a trace), continued by the relay ({@link EventTracing})
 */
public record PendingEvent(
    String eventId,
    String topic,
    String key,
    String type,
    String payload,
    Instant createdAt,
    Map<String, String> trace) {}
