package vn.loa.task.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.EventType;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.audit.Audited;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.Problems;

/**
 * One activity, as one document: its current version, its audit trail, and the events announcing
 * its changes until the relay has published them. Immutable; each change returns the next version.
 *
 * @param evidenceFiles files uploaded as evidence (stored in GridFS), besides the {@code evidence}
 *     URLs
 */
@Document("activities")
public record Activity(
    @Id String id,
    String unitId,
    String category,
    LocalDate occurredOn,
    String title,
    long quantity,
    Long participants,
    String outlet,
    String taskId,
    String planId,
    List<String> evidence,
    List<EvidenceFile> evidenceFiles,
    List<String> cooperatingUnitIds,
    boolean withdrawn,
    long version,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    String requestHash,
    List<AuditEntry> history,
    List<PendingEvent> outbox)
    implements OutboxAggregate, Audited {

  @Override
  public String auditEntityType() {
    return "activity";
  }

  @Override
  public List<AuditEntry> auditTrail() {
    return history;
  }

  /** This state with one more pending event (the bulk import adds the audit event itself). */
  Activity announcing(PendingEvent event) {
    List<PendingEvent> events = new ArrayList<>(outbox);
    events.add(event);
    return change().outbox(events).build();
  }

  /** A file kept as evidence. */
  public record EvidenceFile(String fileId, String name, String contentType, long size) {}

  static final Set<String> NOT_AUDITED =
      Set.of(
          "version",
          "recordedAt",
          "recordedBy",
          "changedAt",
          "changedBy",
          "requestHash",
          "history",
          "outbox");

  public Activity {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    evidenceFiles = evidenceFiles == null ? List.of() : List.copyOf(evidenceFiles);
    cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Activity record(
      String id,
      ActivityContent content,
      String by,
      Instant now,
      String requestHash,
      OutboxEvents events) {
    Activity recorded =
        new Activity(
            id,
            content.unitId(),
            content.category(),
            content.occurredOn(),
            content.title(),
            content.quantity(),
            content.participants(),
            content.outlet(),
            content.taskId(),
            content.planId(),
            content.evidence(),
            List.of(),
            content.cooperatingUnitIds(),
            false,
            0,
            now,
            by,
            now,
            by,
            requestHash,
            List.of(),
            List.of());
    return recorded.next(null, ActivityEvents.RECORDED, "RECORDED", by, now, events);
  }

  /** The next version with {@code content}; the recording unit never changes. */
  Activity correct(ActivityContent content, String by, Instant now, OutboxEvents events) {
    requireActive();
    Activity corrected = change().content(content).outbox(List.of()).build();
    return corrected.next(this, ActivityEvents.CORRECTED, "CORRECTED", by, now, events);
  }

  /** The next version with one more evidence file. */
  Activity attach(EvidenceFile file, String by, Instant now, OutboxEvents events) {
    requireActive();
    List<EvidenceFile> files = new ArrayList<>(evidenceFiles);
    files.add(file);
    Activity attached = change().evidenceFiles(files).outbox(List.of()).build();
    return attached.next(this, ActivityEvents.CORRECTED, "EVIDENCE_ADDED", by, now, events);
  }

  /** The next version, which counts for nothing. */
  Activity withdraw(String by, Instant now, OutboxEvents events) {
    Activity gone = change().withdrawn(true).outbox(List.of()).build();
    return gone.next(this, ActivityEvents.WITHDRAWN, "WITHDRAWN", by, now, events);
  }

  private void requireActive() {
    if (withdrawn) {
      throw Problems.conflict("withdrawn", id);
    }
  }

  public ActivitySnapshot snapshot() {
    List<String> allEvidence = new ArrayList<>(evidence);
    evidenceFiles.forEach(
        f -> allEvidence.add("/api/activities/" + id + "/evidence/" + f.fileId()));
    return new ActivitySnapshot(
        id,
        unitId,
        category,
        occurredOn,
        title,
        quantity,
        participants,
        outlet,
        taskId,
        planId,
        allEvidence,
        cooperatingUnitIds,
        withdrawn,
        version,
        recordedAt,
        changedBy);
  }

  /** The next version: audited against {@code before}, announced by one event. */
  private Activity next(
      Activity before,
      EventType<ActivitySnapshot> type,
      String action,
      String by,
      Instant now,
      OutboxEvents events) {
    long nextVersion = version + 1;
    List<AuditEntry> trail = new ArrayList<>(history);
    trail.add(
        new AuditEntry(nextVersion, action, by, now, AuditEntry.diff(before, this, NOT_AUDITED)));
    Activity next =
        change().version(nextVersion).changed(now, by).history(trail).outbox(List.of()).build();
    return next.change()
        .outbox(List.of(events.pending(type, id, nextVersion, next.snapshot())))
        .build();
  }

  /** A copy of this activity to change field by field: the one place besides the record's own. */
  private Builder change() {
    return new Builder(this);
  }

  /** The fields of an activity, to set the few a transition changes and build the next state. */
  private static final class Builder {
    private final String id;
    private final String unitId;
    private String category;
    private LocalDate occurredOn;
    private String title;
    private long quantity;
    private Long participants;
    private String outlet;
    private String taskId;
    private String planId;
    private List<String> evidence;
    private List<EvidenceFile> evidenceFiles;
    private List<String> cooperatingUnitIds;
    private boolean withdrawn;
    private long version;
    private final Instant recordedAt;
    private final String recordedBy;
    private Instant changedAt;
    private String changedBy;
    private final String requestHash;
    private List<AuditEntry> history;
    private List<PendingEvent> outbox;

    Builder(Activity a) {
      id = a.id;
      unitId = a.unitId;
      category = a.category;
      occurredOn = a.occurredOn;
      title = a.title;
      quantity = a.quantity;
      participants = a.participants;
      outlet = a.outlet;
      taskId = a.taskId;
      planId = a.planId;
      evidence = a.evidence;
      evidenceFiles = a.evidenceFiles;
      cooperatingUnitIds = a.cooperatingUnitIds;
      withdrawn = a.withdrawn;
      version = a.version;
      recordedAt = a.recordedAt;
      recordedBy = a.recordedBy;
      changedAt = a.changedAt;
      changedBy = a.changedBy;
      requestHash = a.requestHash;
      history = a.history;
      outbox = a.outbox;
    }

    /** What a correction may change: everything the unit wrote but the recording unit itself. */
    Builder content(ActivityContent c) {
      category = c.category();
      occurredOn = c.occurredOn();
      title = c.title();
      quantity = c.quantity();
      participants = c.participants();
      outlet = c.outlet();
      taskId = c.taskId();
      planId = c.planId();
      evidence = c.evidence();
      cooperatingUnitIds = c.cooperatingUnitIds();
      return this;
    }

    Builder evidenceFiles(List<EvidenceFile> files) {
      evidenceFiles = files;
      return this;
    }

    Builder withdrawn(boolean gone) {
      withdrawn = gone;
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

    Activity build() {
      return new Activity(
          id,
          unitId,
          category,
          occurredOn,
          title,
          quantity,
          participants,
          outlet,
          taskId,
          planId,
          evidence,
          evidenceFiles,
          cooperatingUnitIds,
          withdrawn,
          version,
          recordedAt,
          recordedBy,
          changedAt,
          changedBy,
          requestHash,
          history,
          outbox);
    }
  }
}
