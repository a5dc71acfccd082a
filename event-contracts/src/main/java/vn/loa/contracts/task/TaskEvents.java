package vn.loa.contracts.task;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Topic and event types of tasks. */
public final class TaskEvents {

  public static final Topic TOPIC = new Topic("loa.tasks", "task-service", Topic.Cleanup.COMPACT, 3);

  /** A task was created from a plan, changed by an amendment, cancelled, or its progress changed. */
  public static final EventType<TaskSnapshot> CHANGED = new EventType<>("loa.task.changed", 1, TOPIC, TaskSnapshot.class);

  private TaskEvents() {}
}
