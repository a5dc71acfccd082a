package vn.loa.task.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/** Tasks: derived from plans, progressed by units. */
@Service
public class Tasks {

  static final String PLAN = "plan";

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final Clock clock;

  Tasks(MongoTemplate mongo, Aggregates aggregates, OutboxEvents events, Clock clock) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
    this.clock = clock;
    aggregates.ensureVersionIndex(Task.class);
  }

  /**
   * Brings a plan's tasks in line with a revision: creates what it asks for, updates what it
   * changed, cancels what it no longer asks for (all of them when it is revoked). Idempotent:
   * deriving the same revision again writes nothing.
   */
  public void derive(PlanSnapshot plan) {
    Map<String, Task> existing = new HashMap<>();
    mongo
        .find(new Query(Criteria.where("planId").is(plan.id())), Task.class)
        .forEach(t -> existing.put(t.id(), t));
    for (TaskDerivation.Spec spec : TaskDerivation.derive(plan)) {
      Task current = existing.remove(spec.id());
      if (current == null) {
        try {
          aggregates.insert(
              Task.create(spec, plan.id(), plan.revision(), PLAN, clock.instant(), events));
        } catch (DuplicateKeyException alreadyThere) {
          // written by an earlier delivery of this event
        }
      } else {
        write(current.reconcile(spec, plan.revision(), PLAN, clock.instant(), events), current);
      }
    }
    String reason = "REVOKED".equals(plan.status()) ? "plan-revoked" : "removed-by-amendment";
    for (Task gone : existing.values()) {
      write(gone.cancel(reason, PLAN, clock.instant(), events), gone);
    }
  }

  /** What a unit may change: progress and a note. */
  public record Progress(TaskStatus status, String note) {}

  public Task progress(String id, Progress progress, long expectedVersion, String caller) {
    Task current = get(id);
    if (current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    Violations v = new Violations();
    if (v.required("status", progress == null ? null : progress.status())
        && progress.status() == TaskStatus.CANCELLED) {
      v.add(
          "status",
          "one-of",
          vn.loa.support.web.Choices.ordered("TaskStatus", "NOT_STARTED", "IN_PROGRESS", "DONE"));
    }
    if (progress != null) {
      v.maxLength("note", progress.note(), 2_000);
    }
    v.throwIfAny();
    Task next =
        current.progress(
            progress.status(),
            progress.note(),
            LocalDate.now(clock),
            caller,
            clock.instant(),
            events);
    if (!aggregates.replace(next, current.version())) {
      throw Problems.staleVersion(get(id).version());
    }
    return next;
  }

  public java.util.Optional<Task> find(String id) {
    return java.util.Optional.ofNullable(mongo.findById(id, Task.class));
  }

  public Task get(String id) {
    Task task = mongo.findById(id, Task.class);
    if (task == null) {
      throw Problems.notFound("task", id);
    }
    return task;
  }

  /** A unit's tasks, optionally of one status, soonest due first. */
  public List<Task> list(String unitId, TaskStatus status) {
    Criteria where = Criteria.where("unitId").is(unitId);
    if (status != null) {
      where = where.and("status").is(status);
    }
    return mongo.find(new Query(where), Task.class).stream()
        .sorted(
            Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::id))
        .toList();
  }

  /**
   * Tasks not done nor cancelled that are due between {@code from} and {@code to} (both included).
   */
  public List<Task> openDueBetween(LocalDate from, LocalDate to) {
    Criteria where =
        Criteria.where("status")
            .in(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS)
            .and("dueOn")
            .gte(from)
            .lte(to);
    return mongo.find(new Query(where), Task.class);
  }

  private void write(Task next, Task current) {
    if (next != current && !aggregates.replace(next, current.version())) {
      throw new vn.loa.support.messaging.RetryLaterException(
          "task " + current.id() + " changed while its plan was applied");
    }
  }
}
