package vn.loa.report.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;
import vn.loa.report.statistics.Figures;
import vn.loa.report.statistics.Statistics;
import vn.loa.report.statistics.Totals;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.support.security.Access;
import vn.loa.support.web.Choices;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

@Tag(name = "Số liệu", description = "Totals and breakdowns by unit, period and category")
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

  private final Statistics statistics;
  private final Clock clock;

  private final Access access;

  StatisticsController(Statistics statistics, Clock clock, Access access) {
    this.access = access;
    this.statistics = statistics;
    this.clock = clock;
  }

  /**
   * Totals of a unit's whole subtree for a calendar {@code period} or a reporting {@code window};
   * with {@code includeMerged=true} the history of units merged into it is added.
   */
  record TotalsView(
      String unitId,
      String period,
      String kind,
      LocalDate from,
      LocalDate to,
      Map<String, Figures> byCategory,
      Figures total,
      OffsetDateTime asOf,
      OffsetDateTime lastChangeAt) {}

  @Operation(
      summary =
          "Tổng số hoạt động và số lượng của một đơn vị và các đơn vị trực thuộc trong một kỳ")
  @GetMapping("/totals")
  TotalsView totals(
      @RequestParam String unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String window,
      @RequestParam(defaultValue = "false") boolean includeMerged) {
    Span span = span(period, window); // the query's form first: it says nothing about any unit
    access.readStatistics(unit);
    Totals totals = statistics.totals(unit, span, includeMerged);
    OffsetDateTime asOf = OffsetDateTime.now(clock);
    return new TotalsView(
        totals.unitId(),
        span.code(),
        span.kind().name(),
        span.from(),
        span.to(),
        totals.byCategory(),
        totals.total(),
        asOf,
        totals.lastChangeAt() == null
            ? null
            : totals.lastChangeAt().atZone(clock.getZone()).toOffsetDateTime());
  }

  /** One row of a breakdown: a child unit, a category or a month. */
  record RowView(String key, String label, long quantity, long participants, long activities) {}

  record BreakdownView(
      String unitId,
      String period,
      String kind,
      LocalDate from,
      LocalDate to,
      String by,
      List<RowView> rows,
      OffsetDateTime asOf) {}

  /** A unit's subtree figures broken down {@code by} child unit, category or month. */
  @Operation(summary = "Số liệu theo đơn vị trực thuộc, theo hình thức hoặc theo kỳ")
  @GetMapping("/breakdown")
  BreakdownView breakdown(
      @RequestParam String unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String window,
      @RequestParam String by) {
    Span span = span(period, window);
    access.readStatistics(unit);
    List<Statistics.Row> rows =
        switch (by) {
          case "child" -> statistics.byChild(unit, span);
          case "category" -> statistics.byCategory(unit, span);
          case "month" -> statistics.byMonth(unit, span);
          default ->
              throw Problems.invalid(
                  "by", "one-of", Choices.ordered("Breakdown", "child", "category", "month"));
        };
    return new BreakdownView(
        unit,
        span.code(),
        span.kind().name(),
        span.from(),
        span.to(),
        by,
        rows.stream()
            .map(
                r ->
                    new RowView(
                        r.key(),
                        r.label(),
                        r.figures().quantity(),
                        r.figures().participants(),
                        r.figures().activities()))
            .toList(),
        OffsetDateTime.now(clock));
  }

  /**
   * A breakdown by child unit or by month as a spreadsheet ({@code .xlsx} or {@code .csv}), headed
   * in Vietnamese. (By category the web application writes it: it has the forms' names, ADR 0019.)
   */
  @Operation(summary = "Tải số liệu chi tiết (Excel, CSV)")
  @GetMapping({"/breakdown.xlsx", "/breakdown.csv"})
  ResponseEntity<byte[]> breakdownFile(
      @RequestParam String unit,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String window,
      @RequestParam String by,
      HttpServletRequest request) {
    Span span = span(period, window);
    access.readStatistics(unit);
    boolean months = by.equals("month");
    List<Statistics.Row> rows =
        switch (by) {
          case "child" -> statistics.byChild(unit, span);
          case "month" -> statistics.byMonth(unit, span);
          default ->
              throw Problems.invalid(
                  "by", "one-of", Choices.ordered("Breakdown", "child", "month"));
        };
    TableExport.Builder table =
        TableExport.of(
            span.code(),
            Column.text(months ? "Tháng" : "Đơn vị", 40),
            Column.number("Số lượng", 14),
            Column.number("Số người tham dự", 18),
            Column.number("Số hoạt động", 14));
    for (Statistics.Row r : rows) {
      table.row(
          months ? monthInWords(r.key()) : r.label(),
          r.figures().quantity(),
          r.figures().participants(),
          r.figures().activities());
    }
    return table.build().download("so-lieu-" + unit + "-" + span.code() + "-" + by, request);
  }

  /** {@code 2026M08} → "Tháng 8 năm 2026". */
  static String monthInWords(String key) {
    return "Tháng " + Integer.parseInt(key.substring(5)) + " năm " + key.substring(0, 4);
  }

  static Span span(String period, String window) {
    Violations v = new Violations();
    if (period != null && window != null) {
      v.add("period", "exclusive", "period, window");
    } else if (period == null && window == null) {
      v.add("period", "required");
    }
    v.throwIfAny();
    if (period != null) {
      return Periods.calendar(period)
          .orElseThrow(() -> Problems.invalid("period", "period", period));
    }
    return Periods.window(window).orElseThrow(() -> Problems.invalid("window", "window", window));
  }
}
