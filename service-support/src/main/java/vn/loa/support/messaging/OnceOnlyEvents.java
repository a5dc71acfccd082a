package vn.loa.support.messaging;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.loa.contracts.EventType;

/**
 * Events that go out once only, whoever sends them and however often (a reminder: a scheduled run,
 * a second run, a second instance): each is a document in {@value #COLLECTION} whose id is the
 * event's identity, written with the event in its outbox; a second attempt finds it there, or loses
 * the insert race on the id, and sends nothing. A service using it lists {@value #COLLECTION} among
 * its {@link OutboxCollections}.
 */
public final class OnceOnlyEvents {

  /** The collection of events sent once. */
  public static final String COLLECTION = "reminders";

  /** One event sent, with its outbox until the relay has published it. */
  @org.springframework.data.mongodb.core.mapping.Document(COLLECTION)
  public record Sent(@Id String id, long version, List<PendingEvent> outbox)
      implements OutboxAggregate {}

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final OutboxEvents events;

  public OnceOnlyEvents(MongoTemplate mongo, Aggregates aggregates, OutboxEvents events) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
  }

  /** Whether the event {@code id} has gone out (or is on its way). */
  public boolean sent(String id) {
    return mongo.findById(id, Sent.class) != null;
  }

  /**
   * Sends {@code data} as event {@code id} unless it was sent before; {@code true} when this call
   * sent it.
   */
  public <T> boolean send(String id, EventType<T> type, T data) {
    if (sent(id)) {
      return false;
    }
    try {
      aggregates.insert(new Sent(id, 1, List.of(events.pending(type, id, 1, data))));
      return true;
    } catch (DuplicateKeyException anotherRunGotThereFirst) {
      return false;
    }
  }
}
