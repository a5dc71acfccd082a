package vn.loa.contracts.orgunit;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Topic and event types of the organisation hierarchy. */
public final class OrgUnitEvents {

  public static final Topic TOPIC =
      new Topic("loa.org-units", "plan-service", Topic.Cleanup.COMPACT, 3);

  /** A unit was created or changed; carries its full new state. */
  public static final EventType<OrgUnitChanged> CHANGED =
      new EventType<>("loa.orgunit.changed", 1, TOPIC, OrgUnitChanged.class);

  private OrgUnitEvents() {}
}
