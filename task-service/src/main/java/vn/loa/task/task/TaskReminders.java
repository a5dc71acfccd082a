package vn.loa.task.task;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.loa.calendar.ReminderDays;
import vn.loa.contracts.reminder.DeadlineReminder;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.support.calendar.Reminding;

/**
 * Reminds a unit of its tasks that are not done and due soon: {@code loa.reminders.days-before}
 * working days before the last working day on or before the due date, and on that day; on working
 * days only, once per task, unit and kind, whoever runs it ({@link Reminding}).
 */
@Component
public class TaskReminders {

  private final Tasks tasks;
  private final Reminding reminding;
  private final ReminderDays reminderDays;
  private final Clock clock;

  TaskReminders(Tasks tasks, Reminding reminding, ReminderDays reminderDays, Clock clock) {
    this.tasks = tasks;
    this.reminding = reminding;
    this.reminderDays = reminderDays;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${loa.reminders.initial-delay:60s}",
      fixedDelayString = "${loa.reminders.interval:1h}")
  void scheduled() {
    sendDue(LocalDate.now(clock));
  }

  /** Sends the reminders due on {@code today}; returns how many were new. */
  public int sendDue(LocalDate today) {
    // Far enough for any run of days off (Tết): a reminder never comes more than a few working days
    // ahead.
    LocalDate horizon = today.plusDays(7L * reminderDays.daysBefore() + 14);
    return reminding.sendDue(
        today,
        "task",
        tasks.openDueBetween(today, horizon),
        Task::dueOn,
        (task, kind) -> {
          String id = DeadlineReminder.id(task.id(), task.unitId(), kind.name());
          return new Reminding.Reminder<>(
              id,
              TaskEvents.REMINDER_DUE,
              new DeadlineReminder(
                  id,
                  "TASK",
                  task.id(),
                  task.unitId(),
                  whatToDo(task),
                  task.dueOn(),
                  kind.name(),
                  1));
        });
  }

  /**
   * What the unit must do: the task's duties as the plan words them, or the plan's title when it
   * lists none.
   */
  static String whatToDo(Task task) {
    return task.duties() == null || task.duties().isEmpty()
        ? task.title()
        : String.join("; ", task.duties());
  }
}
