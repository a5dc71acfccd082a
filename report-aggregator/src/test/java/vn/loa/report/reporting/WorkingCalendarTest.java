package vn.loa.report.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;
import vn.loa.support.web.ProblemException;

/**
 * Deadlines read as the rules are worded, and working days as the public service works them: days off
 * and make-up Saturdays of each year's calendar, and a clear error for a year without one.
 */
class WorkingCalendarTest {

  final WorkingDays days = new WorkingDays();
  final Obligations obligations = new Obligations(null, null, days);

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Regime rule(String kind, Integer day, Integer workingDays) {
    return new Regime("p", "u", "ISSUED", d(2024, 1, 1), d(2026, 12, 31), List.of("QUARTERLY"), kind, day, workingDays, null, 1,
        List.of(), List.of(), List.of(), List.of(), null);
  }

  static Span window(String code) {
    return Periods.window(code).orElseThrow();
  }

  @Test
  void make_up_saturdays_are_working_days_and_swapped_weekdays_are_not() {
    assertThat(days.isWorkingDay(d(2026, 1, 10))).as("Saturday 10/1/2026, worked for 2/1").isTrue();
    assertThat(days.isWorkingDay(d(2026, 1, 2))).as("Friday 2/1/2026, swapped off").isFalse();
    assertThat(days.isWorkingDay(d(2025, 4, 26))).as("Saturday 26/4/2025, worked for 2/5").isTrue();
    assertThat(days.isWorkingDay(d(2025, 5, 2))).isFalse();
    assertThat(days.isWorkingDay(d(2024, 5, 4))).as("Saturday 4/5/2024, worked for 29/4").isTrue();
    assertThat(days.isWorkingDay(d(2026, 1, 17))).as("an ordinary Saturday").isFalse();
  }

  @Test
  void a_deadline_in_working_days_over_10_january_2026_counts_that_saturday() {
    assertThat(days.after(d(2026, 1, 8), 2)).isEqualTo(d(2026, 1, 10));
    assertThat(days.after(d(2025, 12, 31), 1)).as("1/1 and 2/1 off, then the weekend").isEqualTo(d(2026, 1, 5));
    assertThat(days.after(d(2025, 4, 24), 2)).isEqualTo(d(2025, 4, 26));
  }

  @Test
  void a_year_without_a_calendar_is_an_error_naming_the_year_never_a_guess() {
    assertThat(days.years()).containsExactly(2024, 2025, 2026);
    assertThatThrownBy(() -> days.isWorkingDay(d(2027, 3, 1)))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.kind()).isEqualTo("calendar-missing");
          assertThat(e.detailArgs()).containsExactly("2027");
        });
    assertThat(obligations.deadline(rule("WORKING_DAYS_AFTER_CUTOFF", null, 5), window("2027Q1"))).as("not guessed").isNull();
  }

  @Test
  void before_the_20th_means_the_19th_is_the_last_day_and_by_the_20th_includes_it() {
    Regime before20 = rule("BEFORE_DAY_OF_LAST_MONTH", 20, null);
    assertThat(obligations.deadline(before20, window("2025Q3"))).isEqualTo(d(2025, 9, 19)).matches(days::isWorkingDay);
    assertThat(obligations.deadline(before20, window("2025Q4"))).isEqualTo(d(2025, 12, 19)).matches(days::isWorkingDay);
    assertThat(obligations.deadline(rule("BEFORE_DAY_OF_LAST_MONTH", 1, null), window("2025Q3"))).isEqualTo(d(2025, 8, 31));
    assertThat(obligations.deadline(rule("BEFORE_DAY_OF_LAST_MONTH", 31, null), window("2025Q3"))).isEqualTo(d(2025, 9, 30));
    java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    LocalDate q3 = obligations.deadline(before20, window("2025Q3"));
    assertThat(Reports.onTime(java.time.Instant.parse("2025-09-19T16:59:00Z"), q3, vietnam)).as("19/9, 23:59 in Hà Nội").isTrue();
    assertThat(Reports.onTime(java.time.Instant.parse("2025-09-19T17:00:00Z"), q3, vietnam)).as("sent on the 20th").isFalse();
    Regime by20 = rule("BY_DAY_OF_LAST_MONTH", 20, null);
    assertThat(obligations.deadline(by20, window("2025Q3"))).isEqualTo(d(2025, 9, 20));
    assertThat(obligations.deadline(rule("WORKING_DAYS_AFTER_CUTOFF", null, 5), window("2025Q3"))).as("cut-off Sunday 14/9: Mon 15 … Fri 19").isEqualTo(d(2025, 9, 19));
  }
}
