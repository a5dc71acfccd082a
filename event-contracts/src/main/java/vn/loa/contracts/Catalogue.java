package vn.loa.contracts;

import java.util.List;
import java.util.Optional;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.contracts.task.TaskEvents;

/** Every topic and event type of Loa, for documentation checks and tooling. */
public final class Catalogue {

  public static final List<Topic> TOPICS =
      List.of(
          OrgUnitEvents.TOPIC,
          PlanEvents.TOPIC,
          TaskEvents.TOPIC,
          ActivityEvents.TOPIC,
          CategoryEvents.TOPIC,
          ReportEvents.REMINDERS,
          TaskEvents.REMINDERS,
          PlanEvents.DIRECTIVE_REMINDERS,
          AuditEvents.FROM_PLAN_SERVICE,
          AuditEvents.FROM_TASK_SERVICE,
          AuditEvents.FROM_REPORT_AGGREGATOR);

  public static final List<EventType<?>> EVENT_TYPES =
      List.of(
          OrgUnitEvents.CHANGED,
          PlanEvents.ISSUED,
          PlanEvents.AMENDED,
          PlanEvents.REVOKED,
          TaskEvents.CHANGED,
          ReportEvents.REMINDER_DUE,
          TaskEvents.REMINDER_DUE,
          PlanEvents.DIRECTIVE_REMINDER_DUE,
          ActivityEvents.RECORDED,
          ActivityEvents.CORRECTED,
          ActivityEvents.WITHDRAWN,
          CategoryEvents.CHANGED,
          AuditEvents.RECORDED_BY_PLAN_SERVICE,
          AuditEvents.RECORDED_BY_TASK_SERVICE,
          AuditEvents.RECORDED_BY_REPORT_AGGREGATOR);

  /** The event type called {@code name} on {@code topic}, if there is one. */
  public static Optional<EventType<?>> type(Topic topic, String name) {
    return EVENT_TYPES.stream()
        .filter(t -> t.topic().equals(topic) && t.name().equals(name))
        .findFirst();
  }

  private Catalogue() {}
}
