package vn.loa.report.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.audit.Audited;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.Problems;

/**
 * One unit's report for one window. Its status (draft, submitted, returned, approved) is kept apart from
 * its figures, which are read live from the roll-ups until the parent approves the report and frozen then.
 */
@Document("reports")
public record Report(
    @Id String id,
    String unitId,
    String parentId,
    String window,
    LocalDate deadline,
    Status status,
    Narrative narrative,
    Instant firstSubmittedAt,
    Instant submittedAt,
    Frozen approved,
    String returnComment,
    long version,
    List<AuditEntry> history,
    List<PendingEvent> outbox)
    implements OutboxAggregate, Audited {

  @Override
  public String auditEntityType() {
    return "report";
  }

  @Override
  public List<AuditEntry> auditTrail() {
    return history;
  }

  public enum Status {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
  }

  /** The written parts: results, limitations, difficulties, proposals. */
  public record Narrative(String results, String limitations, String difficulties, String proposals) {
    static final Narrative EMPTY = new Narrative(null, null, null, null);
  }

  /** Figures as the parent approved them: quantity, participants, activities per category. */
  public record Frozen(Map<String, List<Long>> byCategory, Instant at, String by) {}

  static final Set<String> NOT_AUDITED = Set.of("version", "history", "outbox");

  public Report {
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
    narrative = narrative == null ? Narrative.EMPTY : narrative;
  }

  static String id(String unitId, String window) {
    return "r-" + unitId + "-" + window;
  }

  static Report draft(Obligations.Obligation o) {
    return new Report(
        id(o.unitId(), o.window().code()), o.unitId(), o.parentId(), o.window().code(), o.deadline(), Status.DRAFT,
        Narrative.EMPTY, null, null, null, null, 0, List.of(), List.of());
  }

  Report write(Narrative text, String by, Instant now) {
    if (status != Status.DRAFT && status != Status.RETURNED) {
      throw Problems.conflict("report-not-editable", id, status);
    }
    return with(status, text, firstSubmittedAt, submittedAt, approved, returnComment).next(this, "EDITED", by, now);
  }

  Report submit(String by, Instant now) {
    if (status != Status.DRAFT && status != Status.RETURNED) {
      throw Problems.conflict("report-not-editable", id, status);
    }
    return with(Status.SUBMITTED, narrative, firstSubmittedAt == null ? now : firstSubmittedAt, now, null, returnComment)
        .next(this, "SUBMITTED", by, now);
  }

  Report approve(Map<String, List<Long>> figures, String by, Instant now) {
    if (status != Status.SUBMITTED) {
      throw Problems.conflict("report-not-submitted", id, status);
    }
    return with(Status.APPROVED, narrative, firstSubmittedAt, submittedAt, new Frozen(figures, now, by), null)
        .next(this, "APPROVED", by, now);
  }

  Report sendBack(String comment, String by, Instant now) {
    if (status != Status.SUBMITTED) {
      throw Problems.conflict("report-not-submitted", id, status);
    }
    return with(Status.RETURNED, narrative, firstSubmittedAt, submittedAt, null, comment).next(this, "RETURNED", by, now);
  }

  private Report with(Status s, Narrative n, Instant first, Instant last, Frozen frozen, String comment) {
    return new Report(id, unitId, parentId, window, deadline, s, n, first, last, frozen, comment, version, history, List.of());
  }

  private Report next(Report before, String action, String by, Instant now) {
    List<AuditEntry> trail = new ArrayList<>(history);
    trail.add(new AuditEntry(version + 1, action, by, now, AuditEntry.diff(before, this, NOT_AUDITED)));
    return new Report(
        id, unitId, parentId, window, deadline, status, narrative, firstSubmittedAt, submittedAt, approved, returnComment,
        version + 1, trail, List.of());
  }
}
