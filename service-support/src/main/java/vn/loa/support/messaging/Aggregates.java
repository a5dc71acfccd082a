package vn.loa.support.messaging;

import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes an aggregate together with its pending events in one single-document write, guarded by the
 * aggregate's version, then wakes the outbox relay.
 *
 * <p>The version guard is a filter on {@code _id} and {@code version}; a unique index on exactly
 * those two fields (see {@link #ensureVersionIndex}) lets the MongoDB wire-protocol server used
 * locally answer it by index lookup instead of a scan. On MongoDB the index is redundant but
 * harmless.
 */
public final class Aggregates {

  private final MongoTemplate mongo;
  private final ObjectProvider<OutboxRelay> relay;
  private final ObjectProvider<AccompanyingEvents> accompanying;

  public Aggregates(
      MongoTemplate mongo,
      ObjectProvider<OutboxRelay> relay,
      ObjectProvider<AccompanyingEvents> accompanying) {
    this.mongo = mongo;
    this.relay = relay;
    this.accompanying = accompanying;
  }

  /** The event that goes with {@code aggregate}'s change ({@link AccompanyingEvents}), if any. */
  private PendingEvent accompanyingEvent(OutboxAggregate aggregate) {
    AccompanyingEvents events = accompanying.getIfAvailable();
    return events == null ? null : events.of(aggregate);
  }

  /**
   * The events to write with {@code aggregate}: its own, and the one that accompanies it (its audit
   * entry) — in the same document write, so a change is never without its audit entry nor an entry
   * without its change.
   */
  private List<Object> eventsOf(List<?> own, PendingEvent extra) {
    List<Object> all = new ArrayList<>(own == null ? List.of() : own);
    if (extra != null) {
      all.add(mongo.getConverter().convertToMongoType(extra));
    }
    return all;
  }

  /** Creates the {@code (_id, version)} index of an aggregate collection, if missing. */
  public void ensureVersionIndex(Class<?> type) {
    mongo
        .indexOps(type)
        .createIndex(
            new Index()
                .on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC)
                .unique()
                .named("id_version"));
  }

  /**
   * Stores a new aggregate.
   *
   * @throws org.springframework.dao.DuplicateKeyException if one with the same id exists
   */
  public <T extends OutboxAggregate> T insert(T aggregate) {
    PendingEvent extra = accompanyingEvent(aggregate);
    if (extra == null) {
      T saved = mongo.insert(aggregate);
      wake(saved);
      return saved;
    }
    Document state = new Document();
    mongo.getConverter().write(aggregate, state);
    state.put(OutboxRelay.FIELD, eventsOf((List<?>) state.get(OutboxRelay.FIELD), extra));
    mongo.insert(state, mongo.getCollectionName(aggregate.getClass()));
    wake(aggregate.id(), aggregate.getClass());
    return aggregate;
  }

  /**
   * Writes the next state of an aggregate if the stored one is still at {@code expectedVersion}.
   *
   * <p>The aggregate's {@link OutboxAggregate#outbox()} holds only the events of this change: they
   * are appended ({@code $push}) to whatever the stored document still has pending, never replacing
   * it. So the relay removing an older event at the same moment neither loses it nor sees it
   * re-added.
   *
   * @return {@code false} if someone else changed it first (nothing written)
   */
  public <T extends OutboxAggregate> boolean replace(T aggregate, long expectedVersion) {
    Document state = new Document();
    mongo.getConverter().write(aggregate, state);
    state.remove("_id");
    List<?> newEvents =
        eventsOf((List<?>) state.remove(OutboxRelay.FIELD), accompanyingEvent(aggregate));
    Update update = new Update();
    state.forEach(update::set);
    for (PersistentProperty<?> property :
        mongo
            .getConverter()
            .getMappingContext()
            .getRequiredPersistentEntity(aggregate.getClass())) {
      String field = ((MongoPersistentProperty) property).getFieldName();
      if (!state.containsKey(field) && !"_id".equals(field) && !OutboxRelay.FIELD.equals(field)) {
        update.unset(field);
      }
    }
    if (newEvents != null && !newEvents.isEmpty()) {
      update.push(OutboxRelay.FIELD).each(newEvents.toArray());
    }
    Query current =
        new Query(Criteria.where("_id").is(aggregate.id()).and("version").is(expectedVersion));
    UpdateResult result = mongo.updateFirst(current, update, aggregate.getClass());
    if (result.getMatchedCount() == 0) {
      return false;
    }
    if (!newEvents.isEmpty()) {
      wake(aggregate.id(), aggregate.getClass());
    }
    return true;
  }

  private void wake(OutboxAggregate aggregate) {
    if (!aggregate.outbox().isEmpty()) {
      wake(aggregate.id(), aggregate.getClass());
    }
  }

  private void wake(String id, Class<?> type) {
    OutboxRelay r = relay.getIfAvailable();
    if (r != null) {
      r.wake(mongo.getCollectionName(type), id);
    }
  }
}
