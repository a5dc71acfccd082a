package vn.loa.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.EventType;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.Problems;

/**
 * A plan and its revisions, as one document. The state guards live here: only a draft is edited or
 * issued, only an issued plan is amended or revoked.
 *
 * @param version aggregate version: grows on every change (the ETag)
 * @param revision 0 while a draft, 1 once issued, +1 per amendment
 * @param content the current content (of the draft, or of the latest issued revision)
 * @param history every issued revision, oldest first, the current one last; never changed once written
 */
@Document("plans")
public record Plan(
    @Id String id,
    long version,
    int revision,
    PlanStatus status,
    PlanContent content,
    List<Revision> history,
    Instant createdAt,
    String createdBy,
    String requestHash,
    Instant changedAt,
    String changedBy,
    LocalDate revokedOn,
    String revocationReason,
    List<PendingEvent> outbox)
    implements OutboxAggregate {

  /** An issued revision as it was issued. */
  public record Revision(int revision, PlanContent content, Instant issuedAt, String issuedBy) {}

  public Plan {
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Plan draft(String id, PlanContent content, String by, Instant now, String requestHash) {
    return new Plan(id, 1, 0, PlanStatus.DRAFT, content, List.of(), now, by, requestHash, now, by, null, null, List.of());
  }

  Plan edit(PlanContent changed, String by, Instant now) {
    if (status != PlanStatus.DRAFT) {
      throw Problems.conflict("plan-not-draft", id, status);
    }
    return new Plan(id, version + 1, 0, status, changed, history, createdAt, createdBy, requestHash, now, by, null, null, List.of());
  }

  Plan issue(String by, Instant now, OutboxEvents events) {
    if (status != PlanStatus.DRAFT) {
      throw Problems.conflict("plan-not-draft", id, status);
    }
    List<Revision> issuedRevisions = List.of(new Revision(1, content, now, by));
    Plan issued =
        new Plan(id, version + 1, 1, PlanStatus.ISSUED, content, issuedRevisions, createdAt, createdBy, requestHash, now, by, null, null, List.of());
    return issued.announce(PlanEvents.ISSUED, events);
  }

  Plan amend(PlanContent amended, String by, Instant now, OutboxEvents events) {
    if (status != PlanStatus.ISSUED) {
      throw Problems.conflict(status == PlanStatus.REVOKED ? "plan-revoked" : "plan-not-issued", id, status);
    }
    List<Revision> past = new ArrayList<>(history);
    past.add(new Revision(revision + 1, amended, now, by));
    Plan next =
        new Plan(id, version + 1, revision + 1, status, amended, past, createdAt, createdBy, requestHash, now, by, null, null, List.of());
    return next.announce(PlanEvents.AMENDED, events);
  }

  Plan revoke(LocalDate on, String reason, String by, Instant now, OutboxEvents events) {
    if (status != PlanStatus.ISSUED) {
      throw Problems.conflict(status == PlanStatus.REVOKED ? "plan-revoked" : "plan-not-issued", id, status);
    }
    Plan revoked =
        new Plan(id, version + 1, revision, PlanStatus.REVOKED, content, history, createdAt, createdBy, requestHash, now, by, on, reason,
            List.of());
    return revoked.announce(PlanEvents.REVOKED, events);
  }

  public PlanSnapshot snapshot() {
    return new PlanSnapshot(id, revision, status.name(), content, changedAt, revokedOn, version);
  }

  private Plan announce(EventType<PlanSnapshot> type, OutboxEvents events) {
    return new Plan(
        id, version, revision, status, content, history, createdAt, createdBy, requestHash, changedAt, changedBy, revokedOn,
        revocationReason, List.of(events.pending(type, id, version, snapshot())));
  }
}
