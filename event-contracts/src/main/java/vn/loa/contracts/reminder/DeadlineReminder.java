package vn.loa.contracts.reminder;

import java.time.LocalDate;

/**
 * Something a unit must do by a day is not done yet, and the day is near or today: a task due, or a
 * directive to implement (a plan of its own to issue). The same payload on the task and the
 * directive reminder topics; periodic reports have their own ({@code ReportReminder}).
 *
 * @param id reminder id: subject id, unit and kind (a consumer sending messages deduplicates on it)
 * @param subject {@code TASK} or {@code DIRECTIVE}
 * @param subjectId the task's id, or the directing plan's id
 * @param unitId the unit that must act
 * @param title what must be done, in Vietnamese (the task's duties, or "Ban hành kế hoạch thực
 *     hiện" and the directing plan's number and title)
 * @param dueOn the last day it is on time
 * @param kind {@code BEFORE_DEADLINE} (a few working days before) or {@code ON_DEADLINE} (its last
 *     working day)
 * @param version always 1: a reminder is never changed
 */
public record DeadlineReminder(
    String id,
    String subject,
    String subjectId,
    String unitId,
    String title,
    LocalDate dueOn,
    String kind,
    long version) {

  /** Reminder id: subject id, unit and kind. */
  public static String id(String subjectId, String unitId, String kind) {
    return subjectId + "|" + unitId + "|" + kind;
  }
}
