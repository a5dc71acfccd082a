package vn.loa.task.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.contracts.task.TaskSnapshot;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.audit.Audited;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.Problems;

/**
 * One task, as one document with its audit trail. What the plan decides (unit, role, duties, due
 * date, whether it is cancelled) and what the unit decides (progress) are kept apart: a plan
 * amendment never overwrites progress, a unit never un-cancels a task.
 */
@Document("tasks")
public record Task(
    @Id String id,
    String planId,
    int planRevision,
    String unitId,
    String role,
    String title,
    List<String> duties,
    String dueKind,
    String occurrence,
    LocalDate dueOn,
    TaskStatus status,
    LocalDate completedOn,
    String note,
    String cancelledReason,
    long version,
    Instant changedAt,
    String changedBy,
    List<AuditEntry> history,
    List<PendingEvent> outbox)
    implements OutboxAggregate, Audited {

  @Override
  public String auditEntityType() {
    return "task";
  }

  @Override
  public List<AuditEntry> auditTrail() {
    return history;
  }

  /** Fields the audit trail does not repeat: they change with every entry. */
  static final Set<String> NOT_AUDITED =
      Set.of("version", "changedAt", "changedBy", "history", "outbox");

  public Task {
    duties = duties == null ? List.of() : List.copyOf(duties);
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Task create(
      TaskDerivation.Spec spec,
      String planId,
      int revision,
      String by,
      Instant now,
      OutboxEvents events) {
    Task task =
        new Task(
            spec.id(),
            planId,
            revision,
            spec.unitId(),
            spec.role(),
            spec.title(),
            spec.duties(),
            spec.dueKind(),
            spec.occurrence(),
            spec.dueOn(),
            TaskStatus.NOT_STARTED,
            null,
            null,
            null,
            0,
            now,
            by,
            List.of(),
            List.of());
    return task.next(null, "CREATED", by, now, events);
  }

  /**
   * This task as the plan's revision words it; {@code this} when nothing the plan decides changed.
   */
  Task reconcile(
      TaskDerivation.Spec spec, int revision, String by, Instant now, OutboxEvents events) {
    boolean reactivate = status == TaskStatus.CANCELLED;
    Task wanted =
        change()
            .fromPlan(spec, revision)
            .progress(reactivate ? TaskStatus.NOT_STARTED : status, completedOn, note, null)
            .outbox(List.of())
            .build();
    if (AuditEntry.diff(
            this,
            wanted,
            Set.of("version", "changedAt", "changedBy", "history", "outbox", "planRevision"))
        .isEmpty()) {
      return this;
    }
    return wanted.next(this, reactivate ? "RESTORED_BY_PLAN" : "CHANGED_BY_PLAN", by, now, events);
  }

  /** Cancelled because the plan no longer asks for it; done tasks stay done. */
  Task cancel(String reason, String by, Instant now, OutboxEvents events) {
    if (status == TaskStatus.CANCELLED || status == TaskStatus.DONE) {
      return this;
    }
    return with(TaskStatus.CANCELLED, completedOn, note, reason)
        .next(this, "CANCELLED_BY_PLAN", by, now, events);
  }

  /** Progress set by the unit. */
  Task progress(
      TaskStatus newStatus,
      String newNote,
      LocalDate today,
      String by,
      Instant now,
      OutboxEvents events) {
    if (status == TaskStatus.CANCELLED) {
      throw Problems.conflict("task-cancelled", id);
    }
    LocalDate completed =
        newStatus == TaskStatus.DONE ? (status == TaskStatus.DONE ? completedOn : today) : null;
    return with(newStatus, completed, newNote == null ? note : newNote, null)
        .next(this, "PROGRESS", by, now, events);
  }

  public TaskSnapshot snapshot() {
    return new TaskSnapshot(
        id,
        planId,
        planRevision,
        unitId,
        role,
        title,
        duties,
        occurrence,
        dueOn,
        status.name(),
        completedOn,
        version);
  }

  private Task with(TaskStatus s, LocalDate completed, String n, String reason) {
    return change().progress(s, completed, n, reason).outbox(List.of()).build();
  }

  /** The next version: audited against {@code before}, announced by its event. */
  private Task next(Task before, String action, String by, Instant now, OutboxEvents events) {
    long nextVersion = version + 1;
    Map<String, List<Object>> changes = AuditEntry.diff(before, this, NOT_AUDITED);
    List<AuditEntry> trail = new ArrayList<>(history);
    trail.add(new AuditEntry(nextVersion, action, by, now, changes));
    Task next =
        change().version(nextVersion).changed(now, by).history(trail).outbox(List.of()).build();
    return next.change()
        .outbox(List.of(events.pending(TaskEvents.CHANGED, id, nextVersion, next.snapshot())))
        .build();
  }

  /** A copy of this task to change field by field: the one place besides the record's own. */
  private Builder change() {
    return new Builder(this);
  }

  /** The fields of a task, to set the few a transition changes and build the next state. */
  private static final class Builder {
    private final String id;
    private final String planId;
    private int planRevision;
    private final String unitId;
    private final String role;
    private String title;
    private List<String> duties;
    private String dueKind;
    private String occurrence;
    private LocalDate dueOn;
    private TaskStatus status;
    private LocalDate completedOn;
    private String note;
    private String cancelledReason;
    private long version;
    private Instant changedAt;
    private String changedBy;
    private List<AuditEntry> history;
    private List<PendingEvent> outbox;

    Builder(Task t) {
      id = t.id;
      planId = t.planId;
      planRevision = t.planRevision;
      unitId = t.unitId;
      role = t.role;
      title = t.title;
      duties = t.duties;
      dueKind = t.dueKind;
      occurrence = t.occurrence;
      dueOn = t.dueOn;
      status = t.status;
      completedOn = t.completedOn;
      note = t.note;
      cancelledReason = t.cancelledReason;
      version = t.version;
      changedAt = t.changedAt;
      changedBy = t.changedBy;
      history = t.history;
      outbox = t.outbox;
    }

    /** What the plan decides: the wording, the due date, the revision it comes from. */
    Builder fromPlan(TaskDerivation.Spec spec, int revision) {
      planRevision = revision;
      title = spec.title();
      duties = spec.duties();
      dueKind = spec.dueKind();
      occurrence = spec.occurrence();
      dueOn = spec.dueOn();
      return this;
    }

    /** What the unit decides (and a cancellation): where the work stands. */
    Builder progress(TaskStatus s, LocalDate completed, String n, String reason) {
      status = s;
      completedOn = completed;
      note = n;
      cancelledReason = reason;
      return this;
    }

    Builder version(long next) {
      version = next;
      return this;
    }

    Builder changed(Instant at, String by) {
      changedAt = at;
      changedBy = by;
      return this;
    }

    Builder history(List<AuditEntry> trail) {
      history = trail;
      return this;
    }

    Builder outbox(List<PendingEvent> events) {
      outbox = events;
      return this;
    }

    Task build() {
      return new Task(
          id,
          planId,
          planRevision,
          unitId,
          role,
          title,
          duties,
          dueKind,
          occurrence,
          dueOn,
          status,
          completedOn,
          note,
          cancelledReason,
          version,
          changedAt,
          changedBy,
          history,
          outbox);
    }
  }
}
