package vn.loa.task.task;

import java.time.LocalDate;

/**
 * How a task stands against its due date, as Vietnamese task-tracking systems report it: trong hạn,
 * quá hạn, hoàn thành đúng hạn, hoàn thành trễ hạn. Derived, never stored.
 */
public enum Timeliness {
  /** Trong hạn: not done, due date not passed (or none). */
  IN_TIME,
  /** Quá hạn: not done and the due date has passed. */
  OVERDUE,
  /** Hoàn thành đúng hạn. */
  DONE_ON_TIME,
  /** Hoàn thành trễ hạn. */
  DONE_LATE,
  /** Cancelled: no longer judged. */
  NOT_APPLICABLE;

  public static Timeliness of(TaskStatus status, LocalDate dueOn, LocalDate completedOn, LocalDate today) {
    return switch (status) {
      case CANCELLED -> NOT_APPLICABLE;
      case DONE -> dueOn != null && completedOn != null && completedOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
      default -> dueOn != null && today.isAfter(dueOn) ? OVERDUE : IN_TIME;
    };
  }
}
