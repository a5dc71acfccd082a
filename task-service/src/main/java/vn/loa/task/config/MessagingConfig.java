package vn.loa.task.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.task.TaskEvents;
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
        "task-service",
        List.of(
            ActivityEvents.TOPIC,
            CategoryEvents.TOPIC,
            TaskEvents.TOPIC,
            TaskEvents.REMINDERS,
            AuditEvents.FROM_TASK_SERVICE),
        List.of(OrgUnitEvents.TOPIC, PlanEvents.TOPIC));
  }

  /** Every change of an activity or a task also goes to the central audit trail. */
  @Bean
  AuditTrail auditTrail(OutboxEvents events) {
    return new AuditTrail(events, "task-service", AuditEvents.RECORDED_BY_TASK_SERVICE);
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of("activities", "tasks", "categories", OnceOnlyEvents.COLLECTION);
  }
}
