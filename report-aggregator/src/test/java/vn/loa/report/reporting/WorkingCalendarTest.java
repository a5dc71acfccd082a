package vn.loa.report.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.calendar.WorkingDays;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;

/**
 * Deadlines read as the rules are worded, on the public service's working calendar (whose own rules
 * are tested in the working-calendar module).
 */
class WorkingCalendarTest {

  final WorkingDays days = new WorkingDays();
  final Obligations obligations = new Obligations(null, null, days);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Regime rule(String kind, Integer day, Integer workingDays) {
    return new Regime(
        "p",
        "u",
        "ISSUED",
        d(2024, 1, 1),
        d(2026, 12, 31),
        List.of("QUARTERLY"),
        kind,
        day,
        workingDays,
        null,
        1,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  static Span window(String code) {
    return Periods.window(code).orElseThrow();
  }

  @Test
  void a_rule_in_working_days_in_a_year_without_a_calendar_has_no_deadline_never_a_guess() {
    assertThat(obligations.deadline(rule("WORKING_DAYS_AFTER_CUTOFF", null, 5), window("2027Q1")))
        .isNull();
  }

  @Test
  void before_the_20th_means_the_19th_is_the_last_day_and_by_the_20th_includes_it() {
    Regime before20 = rule("BEFORE_DAY_OF_LAST_MONTH", 20, null);
    assertThat(obligations.deadline(before20, window("2025Q3")))
        .isEqualTo(d(2025, 9, 19))
        .matches(days::isWorkingDay);
    assertThat(obligations.deadline(before20, window("2025Q4")))
        .isEqualTo(d(2025, 12, 19))
        .matches(days::isWorkingDay);
    assertThat(obligations.deadline(rule("BEFORE_DAY_OF_LAST_MONTH", 1, null), window("2025Q3")))
        .isEqualTo(d(2025, 8, 31));
    assertThat(obligations.deadline(rule("BEFORE_DAY_OF_LAST_MONTH", 31, null), window("2025Q3")))
        .isEqualTo(d(2025, 9, 30));
    java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    LocalDate q3 = obligations.deadline(before20, window("2025Q3"));
    assertThat(Reports.onTime(java.time.Instant.parse("2025-09-19T16:59:00Z"), q3, vietnam))
        .as("19/9, 23:59 in Hà Nội")
        .isTrue();
    assertThat(Reports.onTime(java.time.Instant.parse("2025-09-19T17:00:00Z"), q3, vietnam))
        .as("sent on the 20th")
        .isFalse();
    Regime by20 = rule("BY_DAY_OF_LAST_MONTH", 20, null);
    assertThat(obligations.deadline(by20, window("2025Q3"))).isEqualTo(d(2025, 9, 20));
    assertThat(obligations.deadline(rule("WORKING_DAYS_AFTER_CUTOFF", null, 5), window("2025Q3")))
        .as("cut-off Sunday 14/9: Mon 15 … Fri 19")
        .isEqualTo(d(2025, 9, 19));
  }
}
