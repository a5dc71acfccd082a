package vn.loa.report.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;
import vn.loa.support.web.ProblemException;

/**
 * Which reports a unit owes: for each of its issued plans' reporting windows (quarterly, 6-month...), every
 * Decree-09 window of that kind overlapping the plan's coverage, due by the plan's deadline rule. A report
 * goes to the unit's parent; a root unit owes none.
 */
@Component
public class Obligations {

  private final MongoTemplate mongo;
  private final OrgTree tree;
  private final WorkingDays workingDays;
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Obligations.class);

  Obligations(MongoTemplate mongo, OrgTree tree, WorkingDays workingDays) {
    this.mongo = mongo;
    this.tree = tree;
    this.workingDays = workingDays;
  }

  /** One report a unit owes: for a window, to its parent, by a deadline ({@code null} if the plan sets none). */
  public record Obligation(String unitId, String parentId, Span window, LocalDate deadline, String planId) {}

  /** What a unit owes, by window, soonest first. */
  public List<Obligation> of(String unitId) {
    OrgUnitReplica unit = tree.find(unitId).orElse(null);
    if (unit == null || unit.parentId() == null) {
      return List.of();
    }
    Map<String, Obligation> byWindow = new LinkedHashMap<>();
    for (Regime regime :
        mongo.find(new Query(Criteria.where("issuerId").is(unitId).and("status").is("ISSUED")), Regime.class)) {
      for (Span window : windows(regime)) {
        Obligation o = new Obligation(unitId, unit.parentId(), window, deadline(regime, window), regime.id());
        byWindow.merge(window.code(), o, (a, b) -> earlier(a, b));
      }
    }
    return byWindow.values().stream().sorted(Comparator.comparing(o -> o.window().to())).toList();
  }

  public Optional<Obligation> find(String unitId, String window) {
    return of(unitId).stream().filter(o -> o.window().code().equals(window)).findFirst();
  }

  /** The parent's direct units that owe a report for the window, with what they owe. */
  public List<Obligation> expectedBy(String parentId, String window) {
    List<Obligation> expected = new ArrayList<>();
    for (OrgUnitReplica child : tree.children(parentId)) {
      find(child.id(), window).ifPresent(expected::add);
    }
    return expected;
  }

  /** Every obligation of every unit with an issued regime (for reminders). */
  public List<Obligation> all() {
    return mongo.find(new Query(Criteria.where("status").is("ISSUED")), Regime.class).stream()
        .map(Regime::issuerId)
        .distinct()
        .flatMap(u -> of(u).stream())
        .toList();
  }

  private static Obligation earlier(Obligation a, Obligation b) {
    if (a.deadline() == null) {
      return b;
    }
    return b.deadline() != null && b.deadline().isBefore(a.deadline()) ? b : a;
  }

  static List<Span> windows(Regime regime) {
    List<Span> spans = new ArrayList<>();
    if (regime.from() == null || regime.to() == null) {
      return spans;
    }
    for (String kind : regime.windows()) {
      for (int year = regime.from().getYear(); year <= regime.to().getYear() + 1; year++) {
        for (String code : codes(kind, year)) {
          Periods.window(code)
              .filter(s -> !s.to().isBefore(regime.from()) && !s.from().isAfter(regime.to()))
              .ifPresent(spans::add);
        }
      }
    }
    return spans;
  }

  private static List<String> codes(String kind, int year) {
    return switch (kind) {
      case "MONTHLY" -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> String.format("%dM%02d", year, m)).toList();
      case "QUARTERLY" -> List.of(year + "Q1", year + "Q2", year + "Q3", year + "Q4");
      case "HALF_YEARLY" -> List.of(year + "S1", year + "S2");
      case "NINE_MONTHS" -> List.of(year + "N9");
      case "YEARLY" -> List.of(Integer.toString(year));
      default -> List.of();
    };
  }

  /**
   * The last day a report of the window is on time, under its plan's rule, read as the rule is worded
   * (docs/domain.md): "trước ngày 20" ({@code BEFORE_DAY_OF_LAST_MONTH}) — before the 20th, so the 19th
   * is the last day; "chậm nhất ngày 20" / "đến hết ngày 20" ({@code BY_DAY_OF_LAST_MONTH}) — the 20th
   * itself; "N ngày làm việc" ({@code WORKING_DAYS_AFTER_CUTOFF}) — the N-th working day after the
   * cut-off (the 14th). A day that falls on a weekend or a day off stays where it is: none of these rules
   * says to move it.
   */
  /**
   * The N-th working day after the cut-off, or {@code null} — never a guess — when the working calendar
   * of that year is not there yet (logged as an error until it is added).
   */
  private LocalDate afterCutoff(LocalDate cutoff, int days) {
    try {
      return workingDays.after(cutoff, days);
    } catch (ProblemException noCalendar) {
      log.error("No deadline for a window cut off on {}: {}", cutoff, noCalendar.getMessage());
      return null;
    }
  }

  LocalDate deadline(Regime regime, Span window) {
    if (regime.deadlineKind() == null) {
      return null;
    }
    LocalDate cutoff = window.to();
    return switch (regime.deadlineKind()) {
      // The day before day N of the cut-off's month (N beyond the month's end: its last day).
      case "BEFORE_DAY_OF_LAST_MONTH" ->
          cutoff.withDayOfMonth(1).plusDays(Math.min(regime.deadlineDay(), cutoff.lengthOfMonth() + 1) - 2L);
      case "BY_DAY_OF_LAST_MONTH" -> cutoff.withDayOfMonth(Math.min(regime.deadlineDay(), cutoff.lengthOfMonth()));
      case "WORKING_DAYS_AFTER_CUTOFF" -> afterCutoff(cutoff, regime.deadlineDays());
      default -> null;
    };
  }
}
