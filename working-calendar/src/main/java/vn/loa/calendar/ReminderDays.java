package vn.loa.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a deadline's reminders go out, counted in working days and sent on working days only: a
 * {@link Kind#BEFORE_DEADLINE} reminder once the last working day on or before the deadline is at
 * most {@code daysBefore} working days away, an {@link Kind#ON_DEADLINE} one on that last working
 * day (so a deadline on a Sunday is reminded of on the Friday before). The same rule for reports,
 * directives and tasks.
 */
public final class ReminderDays {

  /** Which reminder a day brings. */
  public enum Kind {
    BEFORE_DEADLINE,
    ON_DEADLINE
  }

  private final WorkingDays days;
  private final int daysBefore;

  public ReminderDays(WorkingDays days, int daysBefore) {
    if (daysBefore < 1) {
      throw new IllegalArgumentException("daysBefore must be at least 1: " + daysBefore);
    }
    this.days = days;
    this.daysBefore = daysBefore;
  }

  /**
   * Whether reminders go out on {@code today} at all (a working day); a {@link
   * CalendarMissingException} when its year has no calendar.
   */
  public boolean sendsOn(LocalDate today) {
    return days.isWorkingDay(today);
  }

  /**
   * The reminder {@code today} brings for {@code deadline}, if any; a {@link
   * CalendarMissingException} when a year has no calendar.
   */
  public Optional<Kind> on(LocalDate today, LocalDate deadline) {
    if (!days.isWorkingDay(today)) {
      return Optional.empty();
    }
    LocalDate last = days.onOrBefore(deadline);
    if (today.equals(last)) {
      return Optional.of(Kind.ON_DEADLINE);
    }
    if (today.isBefore(last) && days.between(today, last) <= daysBefore) {
      return Optional.of(Kind.BEFORE_DEADLINE);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code deadline} is near on {@code today} ("sắp đến hạn"): not passed, and at most
   * {@code daysBefore} working days away.
   */
  public boolean near(LocalDate today, LocalDate deadline) {
    return !today.isAfter(deadline) && days.between(today, deadline) <= daysBefore;
  }

  /** How many working days ahead a reminder comes first. */
  public int daysBefore() {
    return daysBefore;
  }
}
