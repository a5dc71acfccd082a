package vn.loa.report.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import vn.loa.report.reporting.web.document.ReportDocument;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;
import vn.loa.support.web.PdfConverter;
import vn.loa.support.web.Problems;

@Tag(
    name = "Báo cáo",
    description = "Periodic reports: draft, submit, take in, return; completeness; documents")
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Reports reports;
  private final Access access;
  private final ReportDocument documents;
  private final PdfConverter pdf;

  ReportController(Reports reports, Access access, ReportDocument documents, PdfConverter pdf) {
    this.reports = reports;
    this.access = access;
    this.documents = documents;
    this.pdf = pdf;
  }

  /**
   * The report (without its figures), if the caller may see its unit's data or is one of its
   * receivers.
   */
  private Report readable(String id) {
    Report report = reports.find(id);
    readable(report);
    return report;
  }

  private void readable(Report report) {
    if (!access.canRead(report.unitId())
        && report.receiverIds().stream().noneMatch(access::canRead)) {
      throw Access.forbidden();
    }
  }

  /** The report, if the caller is an official who may write for its unit. */
  private void authorOf(String id) {
    Report report = readable(id);
    access.write(report.unitId());
    if (!access.caller().official()) {
      throw Access.forbidden();
    }
  }

  /**
   * Only an official of one of the report's receivers takes it in or returns it; returns that
   * receiver (the caller's unit).
   */
  private String receiverOf(String id) {
    Report report = readable(id);
    String unit = access.caller().unitId();
    if (!report.receiverIds().contains(unit)) {
      throw Access.forbidden();
    }
    access.officialOf(unit);
    return unit;
  }

  /**
   * A report as the API shows it. {@code figures} are live (quantity, participants, activities per
   * category); once taken in by a receiver, {@code approvedFigures} are frozen and {@code
   * changedAfterApproval} tells whether corrections since have changed the live ones. {@code
   * parentId} is the first of {@code receiverIds}, kept for clients of before 2026-12; {@code
   * reviewedBy} is the receiver that took the report in or returned it last.
   */
  record ReportView(
      String id,
      String unitId,
      String parentId,
      List<String> receiverIds,
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
      String reviewedBy,
      long version,
      List<AuditEntry> history) {

    static ReportView of(Reports.Drafted d) {
      Report r = d.report();
      var span = Periods.window(r.window()).orElseThrow();
      return new ReportView(
          r.id(),
          r.unitId(),
          r.receiverIds().isEmpty() ? null : r.receiverIds().get(0),
          r.receiverIds(),
          r.window(),
          span.from(),
          span.to(),
          r.deadline(),
          r.status().name(),
          r.narrative(),
          d.figures(),
          r.approved() == null ? null : r.approved().byCategory(),
          d.changedAfterApproval(),
          r.firstSubmittedAt(),
          r.submittedAt(),
          d.onTime(),
          r.returnComment(),
          r.reviewedBy(),
          r.version(),
          r.history());
    }
  }

  /**
   * The unit's report for a window, or every report it owes; or, with {@code receiver}, the reports
   * sent to that unit (of one window, or all).
   */
  @Operation(summary = "Danh sách báo cáo định kỳ của một đơn vị")
  @GetMapping
  List<ReportView> list(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String receiver,
      @RequestParam(required = false) String window) {
    if (unit != null && receiver != null) {
      throw Problems.invalid("receiver", "exclusive", "unit, receiver");
    }
    if (unit == null && receiver == null) {
      throw Problems.invalid("unit", "required");
    }
    if (window != null) {
      Periods.window(window).orElseThrow(() -> Problems.invalid("window", "window", window));
    }
    if (receiver != null) {
      access.read(receiver);
      return reports.sentTo(receiver, window).stream().map(ReportView::of).toList();
    }
    access.read(unit);
    if (window != null) {
      return List.of(ReportView.of(reports.get(unit, window)));
    }
    return reports.of(unit).stream().map(ReportView::of).toList();
  }

  /** Who of a parent's units has submitted the window's report, who on time, who not. */
  @Operation(summary = "Tình hình nộp báo cáo của các đơn vị trực thuộc trong một kỳ")
  @GetMapping("/completeness")
  Reports.Completeness completeness(@RequestParam String parent, @RequestParam String window) {
    access.read(parent);
    return reports.completeness(parent, window);
  }

  /**
   * The same as a spreadsheet ({@code .xlsx} or {@code .csv}): each unit that owes the report,
   * where its report stands in words, the deadline, when it was sent, on time or not.
   */
  @Operation(summary = "Tải tình hình nộp báo cáo (Excel, CSV)")
  @GetMapping({"/completeness.xlsx", "/completeness.csv"})
  ResponseEntity<byte[]> completenessFile(
      @RequestParam String parent, @RequestParam String window, HttpServletRequest request) {
    access.read(parent);
    Reports.Completeness c = reports.completeness(parent, window);
    TableExport.Builder table =
        TableExport.of(
            "Báo cáo " + window,
            Column.text("Đơn vị", 40),
            Column.text("Trạng thái", 16),
            Column.day("Hạn gửi", 12),
            Column.time("Gửi lúc", 20),
            Column.text("Đúng hạn", 10));
    for (Reports.Standing u : c.units()) {
      table.row(
          u.unitName(),
          STATUS_WORDS.get(u.status()),
          u.deadline(),
          u.submittedAt(),
          u.onTime() == null ? "" : u.onTime() ? "Có" : "Không");
    }
    return table.build().download("bao-cao-" + parent + "-" + window, request);
  }

  /** A report's status as a spreadsheet of the city's says it. */
  static final Map<String, String> STATUS_WORDS =
      Map.of(
          "DRAFT", "Chưa gửi",
          "SUBMITTED", "Đã gửi",
          "RETURNED", "Bị trả lại",
          "APPROVED", "Đã tiếp nhận");

  @Operation(summary = "Xem một báo cáo (kèm ETag)")
  @GetMapping("/{id}")
  ResponseEntity<ReportView> get(@PathVariable String id) {
    Reports.Drafted drafted = reports.get(id);
    readable(drafted.report());
    return ok(drafted);
  }

  /**
   * The report as the Word document its unit signs, in the layout of Decree 30/2020/NĐ-CP and the
   * structure of seed 004 (ADR 0022). Its unit's officials and whoever may read the unit see it at
   * any stage (a draft says so); a receiver outside the unit's line only once it has been sent.
   */
  @Operation(summary = "Tải báo cáo dạng Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP")
  @GetMapping("/{id}/document.docx")
  ResponseEntity<byte[]> document(@PathVariable String id) {
    Reports.Drafted d = documentOf(id);
    return download(d, ".docx", MediaType.parseMediaType(DOCX), documents.docx(d));
  }

  /** The same document as PDF (LibreOffice); {@code 503} where the server has no converter. */
  @Operation(summary = "Tải báo cáo dạng PDF")
  @GetMapping("/{id}/document.pdf")
  ResponseEntity<byte[]> documentPdf(@PathVariable String id) {
    Reports.Drafted d = documentOf(id);
    return download(d, ".pdf", MediaType.APPLICATION_PDF, pdf.pdf(documents.docx(d)));
  }

  private Reports.Drafted documentOf(String id) {
    Reports.Drafted d = reports.get(id);
    Report r = d.report();
    if (!access.canRead(r.unitId())
        && (r.firstSubmittedAt() == null || r.receiverIds().stream().noneMatch(access::canRead))) {
      throw Access.forbidden();
    }
    return d;
  }

  private static ResponseEntity<byte[]> download(
      Reports.Drafted d, String extension, MediaType type, byte[] body) {
    return TableExport.attachment(
        "bao-cao-" + d.report().unitId() + "-" + d.report().window() + extension, type, body);
  }

  /** The narrative parts (draft or returned reports only). */
  @Operation(
      summary = "Soạn, sửa nội dung báo cáo (theo If-Match)",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      examples =
                          @io.swagger.v3.oas.annotations.media.ExampleObject(
                              name = "Báo cáo quý",
                              value =
                                  """
                                  {"guidance": "UBND xã ban hành Kế hoạch tuyên truyền CCHC năm 2025",
                                   "limitations": "Một số thôn chưa có loa truyền thanh",
                                   "difficulties": "Kinh phí tuyên truyền còn hạn chế",
                                   "directions": "Tăng cường tuyên truyền trên mạng xã hội",
                                   "proposals": "Đề nghị Sở Nội vụ hỗ trợ tài liệu tuyên truyền"}\
                                  """))))
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReportView> write(
      @PathVariable String id,
      @RequestBody Report.Narrative narrative,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    authorOf(id);
    return ok(reports.write(id, narrative, IfMatch.optional(ifMatch), access.caller().id()));
  }

  @Operation(summary = "Gửi báo cáo lên cấp trên")
  @PostMapping("/{id}/submit")
  ResponseEntity<ReportView> submit(
      @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    authorOf(id);
    return ok(reports.submit(id, IfMatch.optional(ifMatch), access.caller().id()));
  }

  @Operation(summary = "Tiếp nhận báo cáo (cấp nhận báo cáo)")
  @PostMapping("/{id}/approve")
  ResponseEntity<ReportView> approve(
      @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String receiver = receiverOf(id);
    return ok(reports.approve(id, receiver, IfMatch.optional(ifMatch), access.caller().id()));
  }

  record Return(String comment) {}

  @Operation(
      summary = "Trả lại báo cáo kèm lý do",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      examples =
                          @io.swagger.v3.oas.annotations.media.ExampleObject(
                              name = "Thiếu số liệu",
                              value =
                                  """
                                  {"comment": "Đề nghị bổ sung số liệu tuyên truyền trên loa truyền thanh"}\
                                  """))))
  @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReportView> sendBack(
      @PathVariable String id,
      @RequestBody Return body,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    String receiver = receiverOf(id);
    return ok(
        reports.sendBack(
            id, receiver, body.comment(), IfMatch.optional(ifMatch), access.caller().id()));
  }

  private static ResponseEntity<ReportView> ok(Reports.Drafted d) {
    return ResponseEntity.ok().eTag(IfMatch.etag(d.report().version())).body(ReportView.of(d));
  }
}
