package vn.loa.report.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.identity.Role;
import vn.loa.report.indicator.Indicator;
import vn.loa.report.indicator.IndicatorExports;
import vn.loa.report.indicator.IndicatorTable;
import vn.loa.report.indicator.Indicators;
import vn.loa.report.indicator.PlanTargets;
import vn.loa.report.indicator.TargetProgress;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;

@Tag(name = "Chỉ tiêu", description = "Indicators of the city's report and plan targets")
@RestController
class IndicatorController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Indicators indicators;
  private final IndicatorTable table;

  private final Access access;
  private final TargetProgress targets;

  IndicatorController(
      Indicators indicators, IndicatorTable table, Access access, TargetProgress targets) {
    this.targets = targets;
    this.access = access;
    this.indicators = indicators;
    this.table = table;
  }

  /** The indicator table (indicators × years) of a unit's subtree, as JSON. */
  @Operation(summary = "Bộ chỉ tiêu của thành phố và số liệu đạt được của một đơn vị")
  @GetMapping(path = "/api/statistics/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
  IndicatorTable.Table json(
      @RequestParam String unit,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      @RequestParam(required = false) LocalDate asOf) {
    access.readStatistics(unit);
    return table.table(unit, from, to, asOf);
  }

  @Operation(summary = "Tải bộ chỉ tiêu và số liệu (CSV)")
  @GetMapping(
      path = {"/api/statistics/indicators", "/api/statistics/indicators.csv"},
      produces = "text/csv")
  ResponseEntity<byte[]> csv(
      @RequestParam String unit,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      @RequestParam(required = false) LocalDate asOf) {
    access.readStatistics(unit);
    return file(
        "chi-tieu-" + unit + ".csv",
        "text/csv;charset=UTF-8",
        IndicatorExports.csv(table.table(unit, from, to, asOf)));
  }

  @Operation(summary = "Tải bộ chỉ tiêu và số liệu (Excel)")
  @GetMapping(
      path = {"/api/statistics/indicators", "/api/statistics/indicators.xlsx"},
      produces = XLSX)
  ResponseEntity<byte[]> xlsx(
      @RequestParam String unit,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      @RequestParam(required = false) LocalDate asOf) {
    access.readStatistics(unit);
    return file(
        "chi-tieu-" + unit + ".xlsx",
        XLSX,
        IndicatorExports.xlsx(table.table(unit, from, to, asOf)));
  }

  /**
   * A plan's targets against what its issuer's subtree achieved over the plan's coverage, up to
   * {@code asOf}.
   */
  @Operation(summary = "Mục tiêu của một kế hoạch và kết quả đạt được")
  @GetMapping(path = "/api/statistics/targets", produces = MediaType.APPLICATION_JSON_VALUE)
  TargetProgress.Progress targets(
      @RequestParam String plan, @RequestParam(required = false) LocalDate asOf) {
    PlanTargets p = targets.plan(plan);
    access.readStatistics(p.issuerId());
    return targets.progress(p, asOf);
  }

  private static ResponseEntity<byte[]> file(String name, String type, byte[] body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }

  @Operation(summary = "Danh sách chỉ tiêu")
  @GetMapping("/api/indicators")
  List<Indicator> list() {
    return indicators.all();
  }

  @Operation(summary = "Thêm một chỉ tiêu")
  @PostMapping(path = "/api/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Indicator> add(@RequestBody Indicators.Definition definition) {
    access.requireRole(Role.CITY_ADMIN);
    Indicator added = indicators.add(definition);
    return ResponseEntity.created(URI.create("/api/indicators/" + added.code()))
        .eTag(IfMatch.etag(added.version()))
        .body(added);
  }

  /** Renames, redefines, reorders or retires ({@code active: false}) an indicator. */
  @Operation(summary = "Sửa một chỉ tiêu")
  @PatchMapping(path = "/api/indicators/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Indicator> change(
      @PathVariable String code,
      @RequestBody Indicators.Definition definition,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.requireRole(Role.CITY_ADMIN);
    Indicator changed = indicators.change(code, definition, IfMatch.required(ifMatch));
    return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(changed);
  }
}
