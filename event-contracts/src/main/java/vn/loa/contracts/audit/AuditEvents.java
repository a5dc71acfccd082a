package vn.loa.contracts.audit;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/**
 * The audit trail's topics: one per producing service (each topic has exactly one producer), the
 * same event type on each, kept forever. report-aggregator keeps the central, append-only trail.
 */
public final class AuditEvents {

  public static final Topic FROM_PLAN_SERVICE =
      new Topic("loa.audit.plan-service", "plan-service", Topic.Cleanup.RETAIN, 3);
  public static final Topic FROM_TASK_SERVICE =
      new Topic("loa.audit.task-service", "task-service", Topic.Cleanup.RETAIN, 3);
  public static final Topic FROM_REPORT_AGGREGATOR =
      new Topic("loa.audit.report-aggregator", "report-aggregator", Topic.Cleanup.RETAIN, 3);

  public static final EventType<AuditRecorded> RECORDED_BY_PLAN_SERVICE =
      new EventType<>("loa.audit.recorded", 1, FROM_PLAN_SERVICE, AuditRecorded.class);
  public static final EventType<AuditRecorded> RECORDED_BY_TASK_SERVICE =
      new EventType<>("loa.audit.recorded", 1, FROM_TASK_SERVICE, AuditRecorded.class);
  public static final EventType<AuditRecorded> RECORDED_BY_REPORT_AGGREGATOR =
      new EventType<>("loa.audit.recorded", 1, FROM_REPORT_AGGREGATOR, AuditRecorded.class);

  private AuditEvents() {}
}
