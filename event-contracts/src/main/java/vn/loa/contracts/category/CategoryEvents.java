package vn.loa.contracts.category;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Topic and event types of the activity categories. */
public final class CategoryEvents {

  public static final Topic TOPIC =
      new Topic("loa.categories", "task-service", Topic.Cleanup.COMPACT, 1);

  /** A category was added or changed; carries its full new state. */
  public static final EventType<CategoryChanged> CHANGED =
      new EventType<>("loa.category.changed", 1, TOPIC, CategoryChanged.class);

  private CategoryEvents() {}
}
