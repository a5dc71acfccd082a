package vn.loa.task.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.loa.support.audit.AuditTrail;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.OutboxRelay;
import vn.loa.support.web.FieldViolation;
import vn.loa.support.web.Idempotency;
import vn.loa.support.web.Violations;

/**
 * Records many activities at once, for imports: each row is checked exactly like a single activity
 * (with look-ups cached for the batch), then a batch is inserted in one unordered bulk write, each
 * activity carrying its own event. A row whose id exists already (imported before) is a duplicate.
 */
@Component
public class ActivityImporter {

  private static final int DUPLICATE_KEY = 11000;

  private final MongoTemplate mongo;
  private final ActivityRules rules;
  private final OutboxEvents events;
  private final Clock clock;
  private final Idempotency idempotency;
  private final ObjectProvider<OutboxRelay> relay;
  private final ObjectProvider<AuditTrail> audit;

  ActivityImporter(
      MongoTemplate mongo,
      ActivityRules rules,
      OutboxEvents events,
      Clock clock,
      Idempotency idempotency,
      ObjectProvider<OutboxRelay> relay,
      ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
    this.mongo = mongo;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
    this.idempotency = idempotency;
    this.relay = relay;
  }

  /** How a batch ended: activities new to the store, and rows that were there already. */
  public record Outcome(long created, long duplicates) {}

  public Batch batch(String caller) {
    return new Batch(caller);
  }

  /** Rows being collected for one bulk write. */
  public final class Batch {
    private final String caller;
    private final ActivityRules.Lookup lookup = rules.lookup().cached();
    private final List<Activity> pending = new ArrayList<>();

    private Batch(String caller) {
      this.caller = caller;
    }

    /**
     * Checks a row and keeps it for the next write if it passes.
     *
     * @param rowKey what identifies the row for good (file hash and row number)
     * @param v problems already found while reading the row's cells
     * @return the row's problems; empty if it was kept
     */
    public List<FieldViolation> add(String rowKey, ActivityContent content, Violations v) {
      rules.check(content, LocalDate.now(clock), v, lookup);
      if (!v.isEmpty()) {
        // A cell that could not be read is also "missing" to the rules: report it once.
        Set<String> seen = new HashSet<>();
        return v.all().stream().filter(e -> seen.add(e.field())).toList();
      }
      String id =
          "a-" + UUID.nameUUIDFromBytes(("import\n" + rowKey).getBytes(StandardCharsets.UTF_8));
      Instant now = clock.instant();
      Activity recorded =
          Activity.record(id, content, caller, now, idempotency.hash(content), events);
      AuditTrail trail = audit.getIfAvailable();
      // Written in bulk, not through Aggregates: the audit event goes into the same document here.
      pending.add(trail == null ? recorded : recorded.announcing(trail.of(recorded)));
      return List.of();
    }

    public int size() {
      return pending.size();
    }

    public Outcome flush() {
      if (pending.isEmpty()) {
        return new Outcome(0, 0);
      }
      Set<Integer> duplicates = new HashSet<>();
      try {
        mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Activity.class).insert(pending).execute();
      } catch (BulkOperationException e) {
        for (var error : e.getErrors()) {
          if (error.getCode() != DUPLICATE_KEY) {
            throw e;
          }
          duplicates.add(error.getIndex());
        }
      }
      OutboxRelay r = relay.getIfAvailable();
      String collection = mongo.getCollectionName(Activity.class);
      for (int i = 0; i < pending.size(); i++) {
        if (!duplicates.contains(i) && r != null) {
          r.wake(collection, pending.get(i).id());
        }
      }
      Outcome outcome = new Outcome(pending.size() - duplicates.size(), duplicates.size());
      pending.clear();
      return outcome;
    }
  }
}
