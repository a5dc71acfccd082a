package vn.loa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Working days as the public service works them — days off and make-up Saturdays of each year's
 * calendar, a clear error for a year without one — and the days reminders go out on.
 */
class WorkingDaysTest {

  final WorkingDays days = new WorkingDays();

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void make_up_saturdays_are_working_days_and_swapped_weekdays_are_not() {
    assertThat(days.isWorkingDay(d(2026, 1, 10))).as("Saturday 10/1/2026, worked for 2/1").isTrue();
    assertThat(days.isWorkingDay(d(2026, 1, 2))).as("Friday 2/1/2026, swapped off").isFalse();
    assertThat(days.isWorkingDay(d(2025, 4, 26))).as("Saturday 26/4/2025, worked for 2/5").isTrue();
    assertThat(days.isWorkingDay(d(2025, 5, 2))).isFalse();
    assertThat(days.isWorkingDay(d(2025, 4, 30))).isFalse();
    assertThat(days.isWorkingDay(d(2024, 5, 4))).as("Saturday 4/5/2024, worked for 29/4").isTrue();
    assertThat(days.isWorkingDay(d(2026, 1, 17))).as("an ordinary Saturday").isFalse();
  }

  @Test
  void a_deadline_in_working_days_over_10_january_2026_counts_that_saturday() {
    assertThat(days.after(d(2026, 1, 8), 2)).isEqualTo(d(2026, 1, 10));
    assertThat(days.after(d(2025, 12, 31), 1))
        .as("1/1 and 2/1 off, then the weekend")
        .isEqualTo(d(2026, 1, 5));
    assertThat(days.after(d(2025, 4, 24), 2)).isEqualTo(d(2025, 4, 26));
    assertThat(days.after(d(2025, 8, 29), 3))
        .as("over Quốc khánh 1–2/9/2025")
        .isEqualTo(d(2025, 9, 5));
    assertThat(days.after(d(2026, 2, 13), 1)).as("over Tết 2026").isEqualTo(d(2026, 2, 23));
  }

  @Test
  void a_year_without_a_calendar_is_an_error_naming_the_year_never_a_guess() {
    assertThat(days.years()).containsExactly(2024, 2025, 2026);
    assertThatThrownBy(() -> days.isWorkingDay(d(2027, 3, 1)))
        .isInstanceOfSatisfying(
            CalendarMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
    assertThatThrownBy(() -> days.after(d(2026, 12, 30), 3))
        .isInstanceOf(CalendarMissingException.class);
  }

  @Test
  void
      reminders_go_out_on_working_days_only_and_on_the_last_working_day_of_a_deadline_on_a_day_off() {
    ReminderDays reminders = new ReminderDays(days, 3);
    LocalDate sunday = d(2025, 9, 14);
    assertThat(reminders.on(d(2025, 9, 12), sunday))
        .as("Friday before a Sunday deadline")
        .contains(ReminderDays.Kind.ON_DEADLINE);
    assertThat(reminders.on(d(2025, 9, 13), sunday)).as("Saturday: nothing").isEmpty();
    assertThat(reminders.on(sunday, sunday)).as("Sunday: nothing").isEmpty();
    assertThat(reminders.on(d(2025, 9, 9), sunday))
        .as("3 working days before Friday 12/9")
        .contains(ReminderDays.Kind.BEFORE_DEADLINE);
    assertThat(reminders.on(d(2025, 9, 8), sunday)).as("4 working days before").isEmpty();
    assertThat(reminders.on(d(2025, 9, 15), sunday)).as("after it").isEmpty();
    // Over Quốc khánh: from Friday 29/8/2025, Mon 1/9 and Tue 2/9 are off, so Fri 5/9 is 3 working
    // days away.
    assertThat(reminders.on(d(2025, 8, 29), d(2025, 9, 5)))
        .contains(ReminderDays.Kind.BEFORE_DEADLINE);
    assertThat(reminders.on(d(2025, 8, 29), d(2025, 9, 8))).isEmpty();
  }

  @Test
  void a_deadline_is_near_within_the_working_days_and_never_once_passed() {
    ReminderDays reminders = new ReminderDays(days, 3);
    assertThat(reminders.near(d(2025, 9, 12), d(2025, 9, 17)))
        .as("Fri → Wed: 3 working days")
        .isTrue();
    assertThat(reminders.near(d(2025, 9, 12), d(2025, 9, 18))).as("Fri → Thu: 4").isFalse();
    assertThat(reminders.near(d(2025, 9, 13), d(2025, 9, 13))).as("today").isTrue();
    assertThat(reminders.near(d(2025, 9, 18), d(2025, 9, 17))).as("passed").isFalse();
    assertThatThrownBy(() -> new ReminderDays(days, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
