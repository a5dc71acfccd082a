package vn.loa.report.reporting.web;

import vn.loa.support.security.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.report.period.Periods;
import vn.loa.report.reporting.Report;
import vn.loa.report.reporting.Reports;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.web.IfMatch;
import vn.loa.support.web.Problems;

@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final Reports reports;
  private final Access access;

  ReportController(Reports reports, Access access) {
    this.reports = reports;
    this.access = access;
  }

  /** The report (without its figures), if the caller may see its unit's data. */
  private Report readable(String id) {
    Report report = reports.find(id);
    access.read(report.unitId());
    return report;
  }

  /** The report, if the caller is an official who may write for its unit. */
  private void authorOf(String id) {
    Report report = readable(id);
    access.write(report.unitId());
    if (!access.caller().official()) {
      throw Access.forbidden();
    }
  }

  /** Only the parent unit's officials approve or return a report. */
  private void reviewerOf(String id) {
    access.officialOf(readable(id).parentId());
  }

  /**
   * A report as the API shows it. {@code figures} are live (quantity, participants, activities per
   * category); once approved, {@code approvedFigures} are frozen and {@code changedAfterApproval} tells
   * whether corrections since have changed the live ones.
   */
  record ReportView(
      String id,
      String unitId,
      String parentId,
      String window,
      LocalDate from,
      LocalDate to,
      LocalDate deadline,
      String status,
      Report.Narrative narrative,
      Map<String, List<Long>> figures,
      Map<String, List<Long>> approvedFigures,
      boolean changedAfterApproval,
      Instant firstSubmittedAt,
      Instant submittedAt,
      Boolean onTime,
      String returnComment,
      long version,
      List<AuditEntry> history) {

    static ReportView of(Reports.Drafted d) {
      Report r = d.report();
      var span = Periods.window(r.window()).orElseThrow();
      return new ReportView(
          r.id(), r.unitId(), r.parentId(), r.window(), span.from(), span.to(), r.deadline(), r.status().name(), r.narrative(),
          d.figures(), r.approved() == null ? null : r.approved().byCategory(), d.changedAfterApproval(), r.firstSubmittedAt(),
          r.submittedAt(), d.onTime(), r.returnComment(), r.version(), r.history());
    }
  }

  /** The unit's report for a window, or every report it owes. */
  @GetMapping
  List<ReportView> list(@RequestParam String unit, @RequestParam(required = false) String window) {
    access.read(unit);
    if (window != null) {
      Periods.window(window).orElseThrow(() -> Problems.invalid("window", "window", window));
      return List.of(ReportView.of(reports.get(unit, window)));
    }
    return reports.of(unit).stream().map(ReportView::of).toList();
  }

  /** Who of a parent's units has submitted the window's report, who on time, who not. */
  @GetMapping("/completeness")
  Reports.Completeness completeness(@RequestParam String parent, @RequestParam String window) {
    access.read(parent);
    return reports.completeness(parent, window);
  }

  @GetMapping("/{id}")
  ResponseEntity<ReportView> get(@PathVariable String id) {
    Reports.Drafted drafted = reports.get(id);
    access.read(drafted.report().unitId());
    return ok(drafted);
  }

  /** The narrative parts (draft or returned reports only). */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReportView> write(
      @PathVariable String id,
      @RequestBody Report.Narrative narrative,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    authorOf(id);
    return ok(reports.write(id, narrative, IfMatch.optional(ifMatch), access.caller().id()));
  }

  @PostMapping("/{id}/submit")
  ResponseEntity<ReportView> submit(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    authorOf(id);
    return ok(reports.submit(id, IfMatch.optional(ifMatch), access.caller().id()));
  }

  @PostMapping("/{id}/approve")
  ResponseEntity<ReportView> approve(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    reviewerOf(id);
    return ok(reports.approve(id, IfMatch.optional(ifMatch), access.caller().id()));
  }

  record Return(String comment) {}

  @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReportView> sendBack(
      @PathVariable String id, @RequestBody Return body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    reviewerOf(id);
    return ok(reports.sendBack(id, body.comment(), IfMatch.optional(ifMatch), access.caller().id()));
  }

  private static ResponseEntity<ReportView> ok(Reports.Drafted d) {
    return ResponseEntity.ok().eTag(IfMatch.etag(d.report().version())).body(ReportView.of(d));
  }
}
