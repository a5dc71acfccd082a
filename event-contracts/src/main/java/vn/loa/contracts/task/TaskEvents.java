package vn.loa.contracts.task;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;
import vn.loa.contracts.reminder.DeadlineReminder;

/** Topic and event types of tasks. */
public final class TaskEvents {

  public static final Topic TOPIC =
      new Topic("loa.tasks", "task-service", Topic.Cleanup.COMPACT, 3);

  /**
   * A task was created from a plan, changed by an amendment, cancelled, or its progress changed.
   */
  public static final EventType<TaskSnapshot> CHANGED =
      new EventType<>("loa.task.changed", 1, TOPIC, TaskSnapshot.class);

  /** Reminders that a task is due soon, or today, and not done. */
  public static final Topic REMINDERS =
      new Topic("loa.task-reminders", "task-service", Topic.Cleanup.RETAIN, 3);

  /** A task not done is due in a few working days, or on its last working day. */
  public static final EventType<DeadlineReminder> REMINDER_DUE =
      new EventType<>("loa.task.reminder-due", 1, REMINDERS, DeadlineReminder.class);

  private TaskEvents() {}
}
