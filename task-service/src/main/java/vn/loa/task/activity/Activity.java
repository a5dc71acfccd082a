package vn.loa.task.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.EventType;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.Problems;

/**
 * One activity, as one document: its current version, and the events announcing its changes until the
 * relay has published them. Immutable; each change returns the next version.
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
    List<String> cooperatingUnitIds,
    boolean withdrawn,
    long version,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy,
    String requestHash,
    List<PendingEvent> outbox)
    implements OutboxAggregate {

  public Activity {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Activity record(
      String id, ActivityContent content, String by, Instant now, String requestHash, OutboxEvents events) {
    Activity recorded =
        new Activity(
            id, content.unitId(), content.category(), content.occurredOn(), content.title(), content.quantity(),
            content.participants(), content.outlet(), content.taskId(), content.planId(), content.evidence(),
            content.cooperatingUnitIds(), false, 1, now, by, now, by, requestHash, List.of());
    return recorded.announce(ActivityEvents.RECORDED, events);
  }

  /** The next version with {@code content}; the recording unit never changes. */
  Activity correct(ActivityContent content, String by, Instant now, OutboxEvents events) {
    if (withdrawn) {
      throw Problems.conflict("withdrawn", id);
    }
    Activity corrected =
        new Activity(
            id, unitId, content.category(), content.occurredOn(), content.title(), content.quantity(),
            content.participants(), content.outlet(), content.taskId(), content.planId(), content.evidence(),
            content.cooperatingUnitIds(), false, version + 1, recordedAt, recordedBy, now, by, requestHash, List.of());
    return corrected.announce(ActivityEvents.CORRECTED, events);
  }

  /** The next version, which counts for nothing. */
  Activity withdraw(String by, Instant now, OutboxEvents events) {
    Activity gone =
        new Activity(
            id, unitId, category, occurredOn, title, quantity, participants, outlet, taskId, planId, evidence,
            cooperatingUnitIds, true, version + 1, recordedAt, recordedBy, now, by, requestHash, List.of());
    return gone.announce(ActivityEvents.WITHDRAWN, events);
  }

  public ActivitySnapshot snapshot() {
    return new ActivitySnapshot(
        id, unitId, category, occurredOn, title, quantity, participants, outlet, taskId, planId, evidence,
        cooperatingUnitIds, withdrawn, version, recordedAt, changedBy);
  }

  /** This version with the one event that announces it as its outbox (see Aggregates#replace). */
  private Activity announce(EventType<ActivitySnapshot> type, OutboxEvents events) {
    List<PendingEvent> pending = List.of(events.pending(type, id, version, snapshot()));
    return new Activity(
        id, unitId, category, occurredOn, title, quantity, participants, outlet, taskId, planId, evidence,
        cooperatingUnitIds, withdrawn, version, recordedAt, recordedBy, changedAt, changedBy, requestHash, pending);
  }
}
