package vn.loa.report.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.period.Span;
import vn.loa.report.statistics.Figures;
import vn.loa.report.statistics.Statistics;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * The statistics table of the city's report (seed 004, appendix): indicators × years for a unit's
 * subtree, the last year "to date". The cut-off defaults to today; a report made earlier is
 * reproduced with {@code asOf} (the 14th or the last day of a month, the edges of the roll-up's
 * half-months).
 */
@Service
public class IndicatorTable {

  static final int MAX_YEARS = 30;
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

  private final Indicators indicators;
  private final Statistics statistics;
  private final OrgTree tree;
  private final Clock clock;

  IndicatorTable(Indicators indicators, Statistics statistics, OrgTree tree, Clock clock) {
    this.indicators = indicators;
    this.statistics = statistics;
    this.tree = tree;
    this.clock = clock;
  }

  /** A year column: {@code label} as the table heads it, e.g. "Năm 2025 (Tính đến 31/3)". */
  public record Column(int year, String label, LocalDate from, LocalDate to, boolean toDate) {}

  /**
   * A row: the indicator and one value per column (a number, or a text for descriptive indicators).
   */
  public record Row(String code, String name, String kind, List<Object> values) {}

  public record Table(
      String unitId,
      String unitName,
      int from,
      int to,
      LocalDate asOf,
      String title,
      List<Column> columns,
      List<Row> rows) {}

  public Table table(String unitId, Integer from, Integer to, LocalDate asOf) {
    OrgUnitReplica unit =
        tree.find(unitId).orElseThrow(() -> Problems.notFound("org-unit", unitId));
    LocalDate cutoff = asOf != null ? asOf : LocalDate.now(clock);
    Violations v = new Violations();
    v.required("from", from);
    v.required("to", to);
    if (from != null && to != null) {
      v.range("from", from.longValue(), 2000, 2100);
      v.range("to", to.longValue(), 2000, 2100);
      if (to < from) {
        v.add("to", "before-from");
      } else if (to - from >= MAX_YEARS) {
        v.add("to", "range", from, from + MAX_YEARS - 1);
      }
      if (asOf != null && (asOf.getYear() < from || asOf.getYear() > to)) {
        v.add("asOf", "range", from + "-01-01", to + "-12-31");
      }
    }
    if (asOf != null && !HalfMonth.of(asOf).lastDay().equals(asOf)) {
      v.add("asOf", "half-month-end");
    }
    v.throwIfAny();

    List<Column> columns = new ArrayList<>();
    List<Map<String, Figures>> figures = new ArrayList<>();
    for (int year = from; year <= to && !LocalDate.of(year, 1, 1).isAfter(cutoff); year++) {
      LocalDate start = LocalDate.of(year, 1, 1);
      LocalDate end = LocalDate.of(year, 12, 31);
      boolean toDate = !cutoff.isAfter(end) && cutoff.isBefore(end);
      LocalDate last = toDate ? HalfMonth.of(cutoff).lastDay() : end;
      String label = "Năm " + year + (toDate ? " (Tính đến " + DAY_MONTH.format(cutoff) + ")" : "");
      columns.add(new Column(year, label, start, last, toDate));
      figures.add(
          statistics
              .totals(unitId, new Span(Integer.toString(year), Span.Kind.CALENDAR, start, last))
              .byCategory());
    }
    List<Row> rows = new ArrayList<>();
    for (Indicator indicator : indicators.active()) {
      List<Object> values = new ArrayList<>();
      for (Map<String, Figures> year : figures) {
        values.add(value(indicator, year));
      }
      rows.add(new Row(indicator.code(), indicator.name(), indicator.kind(), values));
    }
    String title = "Thống kê tuyên truyền cải cách hành chính của " + inSentence(unit.name());
    return new Table(unitId, unit.name(), from, to, asOf, title, columns, rows);
  }

  /**
   * The indicators' values for given figures per category (a report's, live or as taken in): one
   * row per active indicator, one value each.
   */
  public List<Row> rows(Map<String, Figures> figures) {
    return indicators.active().stream()
        .map(i -> new Row(i.code(), i.name(), i.kind(), List.of(value(i, figures))))
        .toList();
  }

  static Object value(Indicator indicator, Map<String, Figures> year) {
    long sum = 0;
    boolean anyUsed = false;
    List<String> used = new ArrayList<>();
    for (int i = 0; i < indicator.categories().size(); i++) {
      Figures f = year.get(indicator.categories().get(i));
      if (f == null || f.activities() == 0) {
        continue;
      }
      anyUsed = true;
      sum +=
          switch (indicator.measure()) {
            case "participants" -> f.participants();
            case "activities" -> f.activities();
            default -> f.quantity();
          };
      if (i < indicator.phrases().size()) {
        used.add(indicator.phrases().get(i));
      }
    }
    return switch (indicator.kind()) {
      case "PRESENCE" -> anyUsed ? 1L : 0L;
      case "DESCRIPTIVE" ->
          !anyUsed
              ? ""
              : indicator.phrases().isEmpty()
                  ? indicator.text()
                  : indicator.text() + " " + String.join(", ", used);
      default -> sum;
    };
  }

  /**
   * The words of a unit's type, which are written in lower case inside a sentence ("của thành phố
   * Hải Phòng").
   */
  public static final List<String> TYPE_WORDS =
      List.of(
          "Thành phố", "Tỉnh", "Thị xã", "Thị trấn", "Xã", "Phường", "Đặc khu", "Huyện", "Quận");

  /**
   * A unit's name as it stands inside a sentence: its type word in lower case ("thành phố Hải
   * Phòng", "xã Kim Thành"); a proper name of an agency keeps its capital ("Sở Nội vụ", "Văn phòng
   * UBND thành phố").
   */
  public static String inSentence(String name) {
    for (String word : TYPE_WORDS) {
      if (name.startsWith(word + " ")) {
        return word.toLowerCase(java.util.Locale.forLanguageTag("vi"))
            + name.substring(word.length());
      }
    }
    return name;
  }
}
