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
import vn.loa.calendar.CalendarMissingException;
import vn.loa.calendar.WorkingDays;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;

/**
 * Which reports are owed, derived from the documents that impose them (docs/domain.md, "Reporting
 * duties"): an issued plan's regime binds its addressees (decision 3041 binds every department and
 * commune it is addressed to), its issuer where the plan says the issuer reports (seed 003) and the
 * units it assigns where it says they do; each duty goes to the receivers the regime names, or to
 * the issuer (the issuer's parent for the issuer's own reports). A window is owed when its cut-off
 * falls inside the plan's coverage; where the regime folds quarters, the quarter-II report is the
 * 6-month one and the quarter-IV and second 6-month reports are the yearly one. Duties of one unit
 * for one window under several plans are one report, sent to all their receivers.
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

  /**
   * One report a unit owes: for a window, to its receivers, by a deadline ({@code null} if no plan
   * sets one), under the plans listed; {@code imposedBy} are the issuers of those plans.
   */
  public record Obligation(
      String unitId,
      List<String> receiverIds,
      Span window,
      LocalDate deadline,
      List<String> planIds,
      List<String> imposedBy) {

    /** The first receiver (the one older consumers know as the parent). */
    public String parentId() {
      return receiverIds.isEmpty() ? null : receiverIds.get(0);
    }

    /** Whether the report is owed to {@code unitId}: sent to it, or required by its plan. */
    public boolean owedTo(String unitId) {
      return receiverIds.contains(unitId)
          || (imposedBy.contains(unitId) && !unitId.equals(this.unitId));
    }

    Obligation merge(Obligation other) {
      LocalDate due =
          deadline == null
              ? other.deadline
              : other.deadline == null || !other.deadline.isBefore(deadline)
                  ? deadline
                  : other.deadline;
      return new Obligation(
          unitId,
          union(receiverIds, other.receiverIds),
          window,
          due,
          union(planIds, other.planIds),
          union(imposedBy, other.imposedBy));
    }

    private static List<String> union(List<String> a, List<String> b) {
      return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
  }

  /** What a unit owes, by window, soonest first. */
  public List<Obligation> of(String unitId) {
    return all().stream().filter(o -> o.unitId().equals(unitId)).toList();
  }

  public Optional<Obligation> find(String unitId, String window) {
    return of(unitId).stream().filter(o -> o.window().code().equals(window)).findFirst();
  }

  /**
   * The reports of the window owed to {@code unitId} (sent to it or required by its plans), by
   * unit.
   */
  public List<Obligation> expectedBy(String unitId, String window) {
    return owedTo(unitId).stream().filter(o -> o.window().code().equals(window)).toList();
  }

  /** Every report owed to {@code unitId}, for every window. */
  public List<Obligation> owedTo(String unitId) {
    return all().stream().filter(o -> o.owedTo(unitId)).toList();
  }

  /** Every report owed under every issued plan, by unit and window, soonest window first. */
  public List<Obligation> all() {
    Map<String, Obligation> byUnitAndWindow = new LinkedHashMap<>();
    for (Regime regime :
        mongo.find(new Query(Criteria.where("status").is("ISSUED")), Regime.class)) {
      for (Map.Entry<String, List<String>> owing : owing(regime).entrySet()) {
        for (Span window : windows(regime)) {
          Obligation o =
              new Obligation(
                  owing.getKey(),
                  owing.getValue(),
                  window,
                  deadline(regime, window),
                  List.of(regime.id()),
                  List.of(regime.issuerId()));
          byUnitAndWindow.merge(owing.getKey() + "|" + window.code(), o, Obligation::merge);
        }
      }
    }
    return byUnitAndWindow.values().stream()
        .sorted(
            Comparator.comparing((Obligation o) -> o.window().to())
                .thenComparing(o -> o.window().from(), Comparator.reverseOrder())
                .thenComparing(Obligation::unitId))
        .toList();
  }

  /** The units a regime binds, each with the receivers of its reports. */
  private Map<String, List<String>> owing(Regime regime) {
    Map<String, List<String>> owing = new LinkedHashMap<>();
    List<String> named = regime.receiverIds();
    List<String> toIssuer = named.isEmpty() ? List.of(regime.issuerId()) : named;
    for (String who : regime.owedBy()) {
      switch (who) {
        case "ADDRESSEES" -> regime.addressees().forEach(u -> owing.putIfAbsent(u, toIssuer));
        // The units a plan assigns report to its issuer ("báo cáo … qua Văn phòng Sở", seed 003).
        case "ASSIGNED" ->
            regime.assigned().forEach(u -> owing.putIfAbsent(u, List.of(regime.issuerId())));
        case "ISSUER" -> {
          String parent = tree.find(regime.issuerId()).map(OrgUnitReplica::parentId).orElse(null);
          List<String> receivers =
              named.isEmpty() ? (parent == null ? List.of() : List.of(parent)) : named;
          if (!receivers.isEmpty()) {
            owing.putIfAbsent(regime.issuerId(), receivers);
          }
        }
        default -> {}
      }
    }
    // A unit that is itself a receiver sends its report to the others only (Sở VHTTDL compiles the
    // city's reports and sends its own to the city office and Sở Nội vụ).
    owing.replaceAll((unit, receivers) -> receivers.stream().filter(r -> !r.equals(unit)).toList());
    owing.values().removeIf(List::isEmpty);
    return owing;
  }

  /**
   * The windows a regime wants: of each kind listed, those whose cut-off (last day) falls inside
   * the coverage; folded quarters replaced by the report that absorbs them.
   */
  static List<Span> windows(Regime regime) {
    List<Span> spans = new ArrayList<>();
    if (regime.from() == null || regime.to() == null) {
      return spans;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String kind : regime.windows()) {
      for (int year = regime.from().getYear(); year <= regime.to().getYear() + 1; year++) {
        for (String code : codes(kind, year)) {
          Periods.window(code)
              .filter(s -> !s.to().isBefore(regime.from()) && !s.to().isAfter(regime.to()))
              .map(s -> regime.folds() ? Periods.window(absorbing(s.code())).orElseThrow() : s)
              .filter(s -> seen.add(s.code()))
              .ifPresent(spans::add);
        }
      }
    }
    spans.sort(Comparator.comparing(Span::to).thenComparing(Span::from, Comparator.reverseOrder()));
    return spans;
  }

  /** The report a window is folded into: Q2 into the 6-month report, Q4 and S2 into the year's. */
  static String absorbing(String code) {
    String year = code.substring(0, 4);
    return switch (code.substring(4)) {
      case "Q2" -> year + "S1";
      case "Q4", "S2" -> year;
      default -> code;
    };
  }

  private static List<String> codes(String kind, int year) {
    return switch (kind) {
      case "MONTHLY" ->
          java.util.stream.IntStream.rangeClosed(1, 12)
              .mapToObj(m -> String.format("%dM%02d", year, m))
              .toList();
      case "QUARTERLY" -> List.of(year + "Q1", year + "Q2", year + "Q3", year + "Q4");
      case "HALF_YEARLY" -> List.of(year + "S1", year + "S2");
      case "NINE_MONTHS" -> List.of(year + "N9");
      case "YEARLY" -> List.of(Integer.toString(year));
      default -> List.of();
    };
  }

  /**
   * The N-th working day after the cut-off, or {@code null} — never a guess — when the working
   * calendar of that year is not there yet (logged as an error until it is added).
   */
  private LocalDate afterCutoff(LocalDate cutoff, int days) {
    try {
      return workingDays.after(cutoff, days);
    } catch (CalendarMissingException noCalendar) {
      if (unreported.add(cutoff)) {
        log.error("No deadline for a window cut off on {}: {}", cutoff, noCalendar.getMessage());
      }
      return null;
    }
  }

  /** Cut-offs whose missing calendar has been logged once already. */
  private final java.util.Set<LocalDate> unreported =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The last day a report of the window is on time, under its plan's rule, read as the rule is
   * worded (docs/domain.md): "trước ngày 20" ({@code BEFORE_DAY_OF_LAST_MONTH}) — before the 20th,
   * so the 19th is the last day; "chậm nhất ngày 20" / "đến hết ngày 20" ({@code
   * BY_DAY_OF_LAST_MONTH}) — the 20th itself; "N ngày làm việc" ({@code WORKING_DAYS_AFTER_CUTOFF})
   * — the N-th working day after the cut-off (the 14th). A day that falls on a weekend or a day off
   * stays where it is: none of these rules says to move it.
   */
  LocalDate deadline(Regime regime, Span window) {
    if (regime.deadlineKind() == null) {
      return null;
    }
    LocalDate cutoff = window.to();
    return switch (regime.deadlineKind()) {
      // The day before day N of the cut-off's month (N beyond the month's end: its last day).
      case "BEFORE_DAY_OF_LAST_MONTH" ->
          cutoff
              .withDayOfMonth(1)
              .plusDays(Math.min(regime.deadlineDay(), cutoff.lengthOfMonth() + 1) - 2L);
      case "BY_DAY_OF_LAST_MONTH" ->
          cutoff.withDayOfMonth(Math.min(regime.deadlineDay(), cutoff.lengthOfMonth()));
      case "WORKING_DAYS_AFTER_CUTOFF" -> afterCutoff(cutoff, regime.deadlineDays());
      default -> null;
    };
  }
}
