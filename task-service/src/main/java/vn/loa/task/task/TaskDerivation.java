package vn.loa.task.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanSnapshot;

/**
 * Which tasks a plan revision asks for: one per (unit, role) of its assignments — duties of the
 * same unit and role merged — and, for a recurring duty, one per period of the plan's coverage. Ids
 * are derived from the plan, unit, role and period, so deriving the same revision twice names the
 * same tasks.
 */
final class TaskDerivation {

  /** One task a plan asks for. */
  record Spec(
      String id,
      String unitId,
      String role,
      String title,
      List<String> duties,
      String dueKind,
      String occurrence,
      LocalDate dueOn) {}

  private TaskDerivation() {}

  static List<Spec> derive(PlanSnapshot plan) {
    if (!"ISSUED".equals(plan.status())) {
      return List.of();
    }
    PlanContent c = plan.content();
    Map<String, PlanContent.Assignment> merged = new LinkedHashMap<>();
    for (PlanContent.Assignment a : c.assignments()) {
      merged.merge(
          a.unitId() + "." + a.role(),
          a,
          (x, y) -> {
            List<String> duties = new ArrayList<>(x.duties());
            duties.addAll(y.duties());
            return new PlanContent.Assignment(x.unitId(), x.role(), duties, x.due());
          });
    }
    LocalDate from = c.coverage() == null ? null : c.coverage().from();
    LocalDate to = c.coverage() == null ? null : c.coverage().to();
    List<Spec> specs = new ArrayList<>();
    for (PlanContent.Assignment a : merged.values()) {
      String base = "t-" + plan.id() + "." + a.unitId() + "." + a.role().toLowerCase(Locale.ROOT);
      PlanContent.Due due = a.due();
      String kind = due == null ? "CONTINUOUS" : due.kind();
      switch (kind) {
        case "DATE" ->
            specs.add(
                new Spec(
                    base, a.unitId(), a.role(), c.title(), a.duties(), kind, null, due.date()));
        case "RECURRING" -> {
          if (from == null || to == null) {
            specs.add(
                new Spec(base, a.unitId(), a.role(), c.title(), a.duties(), kind, null, null));
          } else {
            for (Period p : periods(due.every(), from, to)) {
              LocalDate dueOn = p.end().isAfter(to) ? to : p.end();
              specs.add(
                  new Spec(
                      base + "." + p.code(),
                      a.unitId(),
                      a.role(),
                      c.title(),
                      a.duties(),
                      kind,
                      p.code(),
                      dueOn));
            }
          }
        }
        default ->
            specs.add(
                new Spec(
                    base, a.unitId(), a.role(), c.title(), a.duties(), "CONTINUOUS", null, to));
      }
    }
    return specs;
  }

  record Period(String code, LocalDate start, LocalDate end) {}

  /**
   * The calendar periods of a recurrence that overlap {@code from..to}, coded as statistics periods
   * are.
   */
  static List<Period> periods(String every, LocalDate from, LocalDate to) {
    int months =
        switch (every == null ? "" : every) {
          case "MONTHLY" -> 1;
          case "QUARTERLY" -> 3;
          case "HALF_YEARLY" -> 6;
          default -> 12;
        };
    List<Period> periods = new ArrayList<>();
    YearMonth first = YearMonth.from(from);
    YearMonth start = first.withMonth(((first.getMonthValue() - 1) / months) * months + 1);
    for (YearMonth ym = start; !ym.atDay(1).isAfter(to); ym = ym.plusMonths(months)) {
      LocalDate end = ym.plusMonths(months - 1).atEndOfMonth();
      int index = (ym.getMonthValue() - 1) / months + 1;
      String code =
          switch (months) {
            case 1 -> String.format("%dM%02d", ym.getYear(), ym.getMonthValue());
            case 3 -> ym.getYear() + "Q" + index;
            case 6 -> ym.getYear() + "S" + index;
            default -> Integer.toString(ym.getYear());
          };
      periods.add(new Period(code, ym.atDay(1), end));
    }
    return periods;
  }
}
