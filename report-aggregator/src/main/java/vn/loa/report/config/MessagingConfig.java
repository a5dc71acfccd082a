package vn.loa.report.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.support.audit.AuditTrail;
import vn.loa.support.messaging.MessagingTopics;
import vn.loa.support.messaging.OnceOnlyEvents;
import vn.loa.support.messaging.OutboxCollections;
import vn.loa.support.messaging.OutboxEvents;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

  @Bean
  MessagingTopics messagingTopics() {
    return new MessagingTopics(
        "report-aggregator",
        List.of(ReportEvents.REMINDERS, AuditEvents.FROM_REPORT_AGGREGATOR),
        List.of(
            OrgUnitEvents.TOPIC,
            PlanEvents.TOPIC,
            ActivityEvents.TOPIC,
            CategoryEvents.TOPIC,
            AuditEvents.FROM_PLAN_SERVICE,
            AuditEvents.FROM_TASK_SERVICE,
            AuditEvents.FROM_REPORT_AGGREGATOR));
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of(OnceOnlyEvents.COLLECTION, "reports");
  }

  /** Every change of a report also goes to the central audit trail. */
  @Bean
  AuditTrail auditTrail(OutboxEvents events) {
    return new AuditTrail(events, "report-aggregator", AuditEvents.RECORDED_BY_REPORT_AGGREGATOR);
  }
}
