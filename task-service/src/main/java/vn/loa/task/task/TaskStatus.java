package vn.loa.task.task;

/** Progress of a task. */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  /** Removed by an amendment of its plan, or its plan revoked. Set by the plan, never by users. */
  CANCELLED
}
