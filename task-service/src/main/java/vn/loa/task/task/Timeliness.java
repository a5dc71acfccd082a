package vn.loa.task.task;

import java.time.LocalDate;
import vn.loa.calendar.CalendarMissingException;
import vn.loa.calendar.ReminderDays;

/**
 * How a task stands against its due date, as Vietnamese task-tracking systems report it: trong hạn,
 * sắp đến hạn, quá hạn, hoàn thành đúng hạn, hoàn thành trễ hạn. Derived, never stored.
 */
public enum Timeliness {
  /** Trong hạn: not done, due date not near (or none). */
  IN_TIME,
  /** Sắp đến hạn: not done, due within the reminder's working days (or today). */
  DUE_SOON,
  /** Quá hạn: not done and the due date has passed. */
  OVERDUE,
  /** Hoàn thành đúng hạn. */
  DONE_ON_TIME,
  /** Hoàn thành trễ hạn. */
  DONE_LATE,
  /** Cancelled: no longer judged. */
  NOT_APPLICABLE;

  /**
   * Where a task stands on {@code today}; "sắp đến hạn" as {@code near} counts working days — where
   * a year has no working calendar it cannot be told, and the task shows as trong hạn.
   */
  public static Timeliness of(
      TaskStatus status,
      LocalDate dueOn,
      LocalDate completedOn,
      LocalDate today,
      ReminderDays near) {
    return switch (status) {
      case CANCELLED -> NOT_APPLICABLE;
      case DONE ->
          dueOn != null && completedOn != null && completedOn.isAfter(dueOn)
              ? DONE_LATE
              : DONE_ON_TIME;
      default -> {
        if (dueOn == null) {
          yield IN_TIME;
        }
        if (today.isAfter(dueOn)) {
          yield OVERDUE;
        }
        yield nearOrUnknown(near, today, dueOn) ? DUE_SOON : IN_TIME;
      }
    };
  }

  private static boolean nearOrUnknown(ReminderDays near, LocalDate today, LocalDate dueOn) {
    try {
      return near.near(today, dueOn);
    } catch (CalendarMissingException noCalendar) {
      return false;
    }
  }
}
