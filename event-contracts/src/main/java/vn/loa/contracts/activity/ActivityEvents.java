package vn.loa.contracts.activity;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/**
 * Topic and event types of activities. The topic retains every record (no deletion, no compaction):
 * it is the log from which every roll-up is rebuilt.
 */
public final class ActivityEvents {

  public static final Topic TOPIC =
      new Topic("loa.activities", "task-service", Topic.Cleanup.RETAIN, 6);

  /** An activity was recorded (version 1). */
  public static final EventType<ActivitySnapshot> RECORDED =
      new EventType<>("loa.activity.recorded", 1, TOPIC, ActivitySnapshot.class);

  /** An activity was corrected: the snapshot replaces the previous version. */
  public static final EventType<ActivitySnapshot> CORRECTED =
      new EventType<>("loa.activity.corrected", 1, TOPIC, ActivitySnapshot.class);

  /** An activity was withdrawn: it no longer counts. */
  public static final EventType<ActivitySnapshot> WITHDRAWN =
      new EventType<>("loa.activity.withdrawn", 1, TOPIC, ActivitySnapshot.class);

  private ActivityEvents() {}
}
