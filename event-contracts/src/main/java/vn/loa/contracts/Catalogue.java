package vn.loa.contracts;

import java.util.List;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.contracts.task.TaskEvents;

/** Every topic and event type of Loa, for documentation checks and tooling. */
public final class Catalogue {

  public static final List<Topic> TOPICS = List.of(OrgUnitEvents.TOPIC, PlanEvents.TOPIC, TaskEvents.TOPIC, ActivityEvents.TOPIC, ReportEvents.REMINDERS);

  public static final List<EventType<?>> EVENT_TYPES =
      List.of(
          OrgUnitEvents.CHANGED,
          PlanEvents.ISSUED,
          PlanEvents.AMENDED,
          PlanEvents.REVOKED,
          TaskEvents.CHANGED,
          ReportEvents.REMINDER_DUE,
          ActivityEvents.RECORDED, ActivityEvents.CORRECTED, ActivityEvents.WITHDRAWN);

  private Catalogue() {}
}
