package vn.loa.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.EventType;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.audit.Audited;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;

/**
 * A plan and its revisions, as one document. The state guards live here: only a draft is edited or
 * issued, only an issued plan is amended or revoked.
 *
 * @param version aggregate version: grows on every change (the ETag)
 * @param revision 0 while a draft, 1 once issued, +1 per amendment
 * @param content the current content (of the draft, or of the latest issued revision)
 * @param history every issued revision, oldest first, the current one last; never changed once
 *     written
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
    List<AuditEntry> audit,
    List<PendingEvent> outbox)
    implements OutboxAggregate, Audited {

  @Override
  public String auditEntityType() {
    return "plan";
  }

  /** A plan's changes are audited under its issuer. */
  @Override
  public String unitId() {
    return content.issuerId();
  }

  @Override
  public List<AuditEntry> auditTrail() {
    return audit;
  }

  /** An issued revision as it was issued. */
  public record Revision(int revision, PlanContent content, Instant issuedAt, String issuedBy) {}

  public Plan {
    history = history == null ? List.of() : List.copyOf(history);
    audit = audit == null ? List.of() : List.copyOf(audit);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  static Plan draft(String id, PlanContent content, String by, Instant now, String requestHash) {
    return new Plan(
            id,
            1,
            0,
            PlanStatus.DRAFT,
            content,
            List.of(),
            now,
            by,
            requestHash,
            now,
            by,
            null,
            null,
            List.of(),
            List.of())
        .audited(null, "DRAFTED", by, now);
  }

  /** Refuses anything but a draft (editing, issuing). */
  void requireDraft() {
    if (status != PlanStatus.DRAFT) {
      throw new PlanStateException("plan-not-draft", id, status);
    }
  }

  /** Refuses anything but an issued plan (amending, revoking). */
  void requireIssued() {
    if (status != PlanStatus.ISSUED) {
      throw new PlanStateException(
          status == PlanStatus.REVOKED ? "plan-revoked" : "plan-not-issued", id, status);
    }
  }

  Plan edit(PlanContent changed, String by, Instant now) {
    requireDraft();
    return new Plan(
            id,
            version + 1,
            0,
            status,
            changed,
            history,
            createdAt,
            createdBy,
            requestHash,
            now,
            by,
            null,
            null,
            audit,
            List.of())
        .audited(this, "EDITED", by, now);
  }

  Plan issue(String by, Instant now, OutboxEvents events) {
    requireDraft();
    List<Revision> issuedRevisions = List.of(new Revision(1, content, now, by));
    Plan issued =
        new Plan(
            id,
            version + 1,
            1,
            PlanStatus.ISSUED,
            content,
            issuedRevisions,
            createdAt,
            createdBy,
            requestHash,
            now,
            by,
            null,
            null,
            audit,
            List.of());
    return issued.audited(this, "ISSUED", by, now).announce(PlanEvents.ISSUED, events);
  }

  Plan amend(PlanContent amended, String by, Instant now, OutboxEvents events) {
    requireIssued();
    List<Revision> past = new ArrayList<>(history);
    past.add(new Revision(revision + 1, amended, now, by));
    Plan next =
        new Plan(
            id,
            version + 1,
            revision + 1,
            status,
            amended,
            past,
            createdAt,
            createdBy,
            requestHash,
            now,
            by,
            null,
            null,
            audit,
            List.of());
    return next.audited(this, "AMENDED", by, now).announce(PlanEvents.AMENDED, events);
  }

  Plan revoke(LocalDate on, String reason, String by, Instant now, OutboxEvents events) {
    requireIssued();
    Plan revoked =
        new Plan(
            id,
            version + 1,
            revision,
            PlanStatus.REVOKED,
            content,
            history,
            createdAt,
            createdBy,
            requestHash,
            now,
            by,
            on,
            reason,
            audit,
            List.of());
    return revoked.audited(this, "REVOKED", by, now).announce(PlanEvents.REVOKED, events);
  }

  public PlanSnapshot snapshot() {
    return new PlanSnapshot(id, revision, status.name(), content, changedAt, revokedOn, version);
  }

  private Plan announce(EventType<PlanSnapshot> type, OutboxEvents events) {
    return new Plan(
        id,
        version,
        revision,
        status,
        content,
        history,
        createdAt,
        createdBy,
        requestHash,
        changedAt,
        changedBy,
        revokedOn,
        revocationReason,
        audit,
        List.of(events.pending(type, id, version, snapshot())));
  }

  /**
   * This version with its audit entry appended: the content's parts that changed against {@code
   * before} (all of them for a new draft), and status, revision and revocation.
   */
  private Plan audited(Plan before, String action, String by, Instant now) {
    Map<String, List<Object>> changes =
        new LinkedHashMap<>(
            AuditEntry.diff(before == null ? null : before.content, content, Set.of()));
    changed(changes, "status", before == null ? null : before.status.name(), status.name());
    changed(changes, "revision", before == null ? null : before.revision, revision);
    changed(
        changes,
        "revokedOn",
        before == null || before.revokedOn == null ? null : before.revokedOn.toString(),
        revokedOn == null ? null : revokedOn.toString());
    changed(
        changes,
        "revocationReason",
        before == null ? null : before.revocationReason,
        revocationReason);
    List<AuditEntry> trail = new ArrayList<>(audit);
    trail.add(new AuditEntry(version, action, by, now, changes));
    return new Plan(
        id,
        version,
        revision,
        status,
        content,
        history,
        createdAt,
        createdBy,
        requestHash,
        changedAt,
        changedBy,
        revokedOn,
        revocationReason,
        trail,
        outbox);
  }

  private static void changed(
      Map<String, List<Object>> changes, String field, Object before, Object after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.put(field, java.util.Arrays.asList(before, after));
    }
  }
}
