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
 * One unit's report for one window, sent to its receivers (docs/domain.md, "Reporting duties"). Its
 * status (dự thảo, đã gửi, bị trả lại, đã tiếp nhận) is kept apart from its figures, which are read
 * live from the roll-ups until a receiver takes the report in (tiếp nhận) and frozen then.
 */
@Document("reports")
public record Report(
    @Id String id,
    String unitId,
    List<String> receiverIds,
    String window,
    LocalDate deadline,
    Status status,
    Narrative narrative,
    Instant firstSubmittedAt,
    Instant submittedAt,
    Frozen approved,
    String returnComment,
    String reviewedBy,
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

  /**
   * The written parts, as seed 004 and the periodic reform reports have them: công tác tham mưu,
   * chỉ đạo ({@code guidance}); kết quả thực hiện ({@code results}); đánh giá chung ({@code
   * assessment}); hạn chế ({@code limitations}); khó khăn, vướng mắc ({@code difficulties}); phương
   * hướng, nhiệm vụ ({@code directions}); đề xuất, kiến nghị ({@code proposals}).
   */
  public record Narrative(
      String results,
      String limitations,
      String difficulties,
      String proposals,
      String guidance,
      String assessment,
      String directions) {
    static final Narrative EMPTY = new Narrative(null, null, null, null, null, null, null);
  }

  /** Figures as a receiver took them in: quantity, participants, activities per category. */
  public record Frozen(Map<String, List<Long>> byCategory, Instant at, String by) {}

  static final Set<String> NOT_AUDITED = Set.of("version", "history", "outbox");

  public Report {
    receiverIds = receiverIds == null ? List.of() : List.copyOf(receiverIds);
    history = history == null ? List.of() : List.copyOf(history);
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
    narrative = narrative == null ? Narrative.EMPTY : narrative;
  }

  static String id(String unitId, String window) {
    return "r-" + unitId + "-" + window;
  }

  static Report draft(Obligations.Obligation o) {
    return new Report(
        id(o.unitId(), o.window().code()),
        o.unitId(),
        o.receiverIds(),
        o.window().code(),
        o.deadline(),
        Status.DRAFT,
        Narrative.EMPTY,
        null,
        null,
        null,
        null,
        null,
        0,
        List.of(),
        List.of());
  }

  Report write(Narrative text, String by, Instant now) {
    if (status != Status.DRAFT && status != Status.RETURNED) {
      throw Problems.conflict("report-not-editable", id, status);
    }
    return with(status, text, firstSubmittedAt, submittedAt, approved, returnComment, reviewedBy)
        .next(this, "EDITED", by, now);
  }

  Report submit(String by, Instant now) {
    if (status != Status.DRAFT && status != Status.RETURNED) {
      throw Problems.conflict("report-not-editable", id, status);
    }
    return with(
            Status.SUBMITTED,
            narrative,
            firstSubmittedAt == null ? now : firstSubmittedAt,
            now,
            null,
            returnComment,
            reviewedBy)
        .next(this, "SUBMITTED", by, now);
  }

  /** A receiver takes the report in (tiếp nhận): its figures as they stand now are frozen. */
  Report approve(Map<String, List<Long>> figures, String receiver, String by, Instant now) {
    if (status != Status.SUBMITTED) {
      throw Problems.conflict("report-not-submitted", id, status);
    }
    return with(
            Status.APPROVED,
            narrative,
            firstSubmittedAt,
            submittedAt,
            new Frozen(figures, now, by),
            null,
            receiver)
        .next(this, "APPROVED", by, now);
  }

  /** A receiver returns the report to its unit with a comment. */
  Report sendBack(String comment, String receiver, String by, Instant now) {
    if (status != Status.SUBMITTED) {
      throw Problems.conflict("report-not-submitted", id, status);
    }
    return with(Status.RETURNED, narrative, firstSubmittedAt, submittedAt, null, comment, receiver)
        .next(this, "RETURNED", by, now);
  }

  /**
   * The report sent to {@code receivers} (a stored report of before 2026-12 knew only its parent).
   */
  Report sentTo(List<String> receivers) {
    return receiverIds.equals(receivers)
        ? this
        : new Report(
            id,
            unitId,
            receivers,
            window,
            deadline,
            status,
            narrative,
            firstSubmittedAt,
            submittedAt,
            approved,
            returnComment,
            reviewedBy,
            version,
            history,
            outbox);
  }

  private Report with(
      Status s,
      Narrative n,
      Instant first,
      Instant last,
      Frozen frozen,
      String comment,
      String reviewer) {
    return new Report(
        id,
        unitId,
        receiverIds,
        window,
        deadline,
        s,
        n,
        first,
        last,
        frozen,
        comment,
        reviewer,
        version,
        history,
        List.of());
  }

  private Report next(Report before, String action, String by, Instant now) {
    List<AuditEntry> trail = new ArrayList<>(history);
    trail.add(
        new AuditEntry(version + 1, action, by, now, AuditEntry.diff(before, this, NOT_AUDITED)));
    return new Report(
        id,
        unitId,
        receiverIds,
        window,
        deadline,
        status,
        narrative,
        firstSubmittedAt,
        submittedAt,
        approved,
        returnComment,
        reviewedBy,
        version + 1,
        trail,
        List.of());
  }
}
