package vn.loa.task.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.web.Idempotency;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * Records, corrects and withdraws activities. Each change is checked completely before anything is
 * written, and written with its event in one document write.
 */
@Service
public class Activities {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Activities.class);

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final ActivityRules rules;
  private final Clock clock;
  private final Idempotency idempotency;

  Activities(
      MongoTemplate mongo,
      Aggregates aggregates,
      OutboxEvents events,
      ActivityRules rules,
      Clock clock,
      Idempotency idempotency) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
    this.rules = rules;
    this.clock = clock;
    this.idempotency = idempotency;
    aggregates.ensureVersionIndex(Activity.class);
  }

  /** The outcome of a create: the activity, and whether it already existed under the same key. */
  public record Recorded(Activity activity, boolean replayed) {}

  /**
   * Records a new activity. With an idempotency key, the same key and content give back the
   * activity recorded the first time (nothing new is created); the same key with other content is
   * refused.
   */
  public Recorded record(ActivityContent content, String caller, String idempotencyKey) {
    Violations v = new Violations();
    rules.check(content, LocalDate.now(clock), v);
    Idempotency.check(idempotencyKey, v);
    v.throwIfAny();
    String hash = idempotency.hash(content);
    String id = Idempotency.id("a-", caller, idempotencyKey);
    try {
      return new Recorded(
          aggregates.insert(Activity.record(id, content, caller, clock.instant(), hash, events)),
          false);
    } catch (DuplicateKeyException e) {
      Activity existing = get(id);
      if (idempotencyKey == null || !hash.equals(existing.requestHash())) {
        throw Idempotency.reused();
      }
      // A client sending the same write again has usually lost an answer (a timeout on its way):
      // worth a line, with the trace of the retry, for whoever follows that client's requests.
      log.info(
          "Activity {} was already recorded under this Idempotency-Key: answered again, nothing"
              + " new recorded",
          id);
      return new Recorded(existing, true);
    }
  }

  /**
   * Replaces the content of an activity, as a new version, if {@code expectedVersion} is current.
   */
  public Activity correct(String id, ActivityContent content, long expectedVersion, String caller) {
    Activity current = get(id);
    if (current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    Violations v = new Violations();
    if (content.unitId() != null && !content.unitId().equals(current.unitId())) {
      v.add("unitId", "immutable");
    }
    rules.check(content, LocalDate.now(clock), v);
    v.throwIfAny();
    Activity corrected = current.correct(content, caller, clock.instant(), events);
    if (!aggregates.replace(corrected, expectedVersion)) {
      throw Problems.staleVersion(get(id).version());
    }
    return corrected;
  }

  /**
   * Withdraws an activity; withdrawing a withdrawn one changes nothing.
   *
   * @param expectedVersion the {@code If-Match} version, or {@code null} to withdraw whatever is
   *     current
   */
  public Activity withdraw(String id, Long expectedVersion, String caller) {
    Activity current = get(id);
    if (expectedVersion != null && current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    if (current.withdrawn()) {
      return current;
    }
    Activity withdrawn = current.withdraw(caller, clock.instant(), events);
    if (!aggregates.replace(withdrawn, current.version())) {
      throw Problems.staleVersion(get(id).version());
    }
    return withdrawn;
  }

  public Activity get(String id) {
    Activity activity = mongo.findById(id, Activity.class);
    if (activity == null) {
      throw Problems.notFound("activity", id);
    }
    return activity;
  }

  /** A unit's activities, newest first, optionally within dates and of one category. */
  public List<Activity> list(
      String unitId, LocalDate from, LocalDate to, String category, int page, int size) {
    Criteria where = Criteria.where("unitId").is(unitId);
    if (from != null || to != null) {
      Criteria day = Criteria.where("occurredOn");
      if (from != null) {
        day = day.gte(from);
      }
      if (to != null) {
        day = day.lte(to);
      }
      where = where.andOperator(day);
    }
    if (category != null) {
      where = where.and("category").is(category);
    }
    Query query =
        new Query(where)
            .with(Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.asc("_id")))
            .skip((long) page * size)
            .limit(size);
    return mongo.find(query, Activity.class);
  }
}
