package vn.loa.plan.orgunit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.audit.Audited;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.security.LoaTokens;

/**
 * One unit of the hierarchy. Immutable: every change returns the next version whose {@link
 * #outbox()} holds the event that announces it, to be written in the same document write.
 */
@Document("org_units")
public record OrgUnit(
    @Id String id,
    String code,
    String name,
    OrgUnitType type,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    String successorId,
    long version,
    Instant changedAt,
    List<AuditEntry> audit,
    List<PendingEvent> outbox)
    implements OutboxAggregate, Audited {

  private static final Set<String> NOT_AUDITED = Set.of("version", "changedAt", "audit", "outbox");

  public OrgUnit {
    audit = audit == null ? List.of() : List.copyOf(audit);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  @Override
  public String auditEntityType() {
    return "org-unit";
  }

  /** A unit's changes are audited under the unit itself (so its parent's subtree shows them). */
  @Override
  public String unitId() {
    return id;
  }

  @Override
  public List<AuditEntry> auditTrail() {
    return audit;
  }

  static OrgUnit create(
      String id,
      String code,
      String name,
      OrgUnitType type,
      String parentId,
      LocalDate validFrom,
      Instant now,
      OutboxEvents events) {
    OrgUnit unit =
        new OrgUnit(
            id, code, name, type, parentId, validFrom, null, null, 0, now, List.of(), List.of());
    return unit.next(unit, "CREATED", now, events);
  }

  OrgUnit rename(String newName, String newCode, Instant now, OutboxEvents events) {
    return next(with(newCode, newName, parentId, validTo, successorId), "RENAMED", now, events);
  }

  OrgUnit move(String newParentId, Instant now, OutboxEvents events) {
    return next(with(code, name, newParentId, validTo, successorId), "MOVED", now, events);
  }

  /**
   * The unit ceases to exist after {@code lastDay}; with a successor, it was merged into it and its
   * history is reported under the successor on request.
   */
  OrgUnit end(LocalDate lastDay, String successor, Instant now, OutboxEvents events) {
    if (validTo != null) {
      throw vn.loa.support.web.Problems.conflict("unit-ended", id, validTo);
    }
    return next(
        with(code, name, parentId, lastDay, successor),
        successor == null ? "RETIRED" : "MERGED",
        now,
        events);
  }

  private OrgUnit with(String c, String n, String parent, LocalDate to, String successor) {
    return new OrgUnit(
        id, c, n, type, parent, validFrom, to, successor, version, changedAt, audit, List.of());
  }

  /** Whether the unit exists on {@code day}. */
  public boolean existsOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || !day.isAfter(validTo));
  }

  /**
   * The next version, announced by its event and audited against this one; the author is the caller
   * of the request ({@code system:plan-service} for the demo data loaded at start-up).
   */
  private OrgUnit next(OrgUnit changed, String action, Instant now, OutboxEvents events) {
    long nextVersion = version + 1;
    String by =
        java.util.Objects.requireNonNullElse(LoaTokens.currentSubject(), "system:plan-service");
    List<AuditEntry> trail = new ArrayList<>(audit);
    trail.add(
        new AuditEntry(
            nextVersion,
            action,
            by,
            now,
            AuditEntry.diff(version == 0 ? null : this, changed, NOT_AUDITED)));
    OrgUnitChanged state =
        new OrgUnitChanged(
            changed.id,
            changed.code,
            changed.name,
            changed.type.name(),
            changed.parentId,
            changed.validFrom,
            changed.validTo,
            changed.successorId,
            nextVersion);
    List<PendingEvent> pending =
        List.of(events.pending(OrgUnitEvents.CHANGED, id, nextVersion, state));
    return new OrgUnit(
        changed.id,
        changed.code,
        changed.name,
        changed.type,
        changed.parentId,
        changed.validFrom,
        changed.validTo,
        changed.successorId,
        nextVersion,
        now,
        trail,
        pending);
  }
}
