package vn.loa.plan.directive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.plan.directive.DirectiveStatus;
import vn.loa.plan.directive.Directives;
import vn.loa.plan.plan.Plans;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.support.security.Access;

@Tag(
    name = "Văn bản chỉ đạo",
    description = "Directives to implement and who has issued their plan (compliance)")
@RestController
class DirectiveController {

  private final Directives directives;

  private final Access access;
  private final Plans plans;

  DirectiveController(Directives directives, Access access, Plans plans) {
    this.directives = directives;
    this.access = access;
    this.plans = plans;
  }

  /** A unit's inbox: the plans it must implement, with its status for each. */
  @Operation(summary = "Kế hoạch cấp trên mà đơn vị phải triển khai, và tình trạng của đơn vị")
  @GetMapping("/api/directives")
  List<Directives.Directive> inbox(@RequestParam String unit) {
    access.read(unit);
    return directives.inbox(unit);
  }

  /**
   * Which addressees have issued their implementing plans, who is late; and the same one level
   * down.
   */
  @Operation(summary = "Tình hình ban hành kế hoạch triển khai của các đơn vị nhận")
  @GetMapping("/api/plans/{id}/compliance")
  Directives.Compliance compliance(@PathVariable String id) {
    // Compliance is the issuer's view of its addressees: for the issuer and the units above it.
    access.read(plans.get(id).content().issuerId());
    return directives.compliance(id);
  }

  /** The order the spreadsheet lists addressees in: the overdue first, the withdrawn last. */
  static final List<DirectiveStatus> URGENCY =
      List.of(
          DirectiveStatus.OVERDUE,
          DirectiveStatus.PENDING,
          DirectiveStatus.ISSUED_LATE,
          DirectiveStatus.ISSUED,
          DirectiveStatus.CLOSED);

  static final Map<DirectiveStatus, String> STATUS_WORDS =
      Map.of(
          DirectiveStatus.ISSUED, "Đã ban hành kế hoạch",
          DirectiveStatus.ISSUED_LATE, "Ban hành kế hoạch trễ hạn",
          DirectiveStatus.PENDING, "Chưa ban hành kế hoạch",
          DirectiveStatus.OVERDUE, "Quá hạn ban hành kế hoạch",
          DirectiveStatus.CLOSED, "Văn bản đã bị thu hồi");

  /**
   * The same as a spreadsheet ({@code .xlsx} or {@code .csv}): each addressee, the overdue first,
   * where it stands in words, its implementing plan (number and day) and how many of its own
   * addressees have issued theirs. The same access rule.
   */
  @Operation(summary = "Tải tình hình ban hành kế hoạch triển khai (Excel, CSV)")
  @GetMapping({"/api/plans/{id}/compliance.xlsx", "/api/plans/{id}/compliance.csv"})
  ResponseEntity<byte[]> complianceFile(@PathVariable String id, HttpServletRequest request) {
    Directives.Compliance c = compliance(id);
    TableExport.Builder table =
        TableExport.of(
            "Ban hành kế hoạch",
            Column.text("Đơn vị", 40),
            Column.text("Trạng thái", 28),
            Column.text("Kế hoạch thực hiện", 24),
            Column.day("Ngày ban hành", 14),
            Column.text("Đơn vị trực thuộc đã ban hành", 16));
    c.units().stream()
        .sorted(
            Comparator.comparingInt((Directives.UnitCompliance u) -> URGENCY.indexOf(u.status()))
                .thenComparing(
                    Directives.UnitCompliance::name,
                    Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(
            u ->
                table.row(
                    u.name(),
                    STATUS_WORDS.get(u.status()),
                    u.fulfilledBy() == null ? "" : u.fulfilledBy().number(),
                    u.fulfilledBy() == null ? null : u.fulfilledBy().issuedOn(),
                    u.implementation() == null || u.implementation().addressees() == 0
                        ? ""
                        : u.implementation().issued() + "/" + u.implementation().addressees()));
    return table.build().download("ban-hanh-ke-hoach-" + id, request);
  }
}
