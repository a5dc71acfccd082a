package vn.loa.plan.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
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
        "plan-service",
        List.of(
            OrgUnitEvents.TOPIC,
            PlanEvents.TOPIC,
            PlanEvents.DIRECTIVE_REMINDERS,
            AuditEvents.FROM_PLAN_SERVICE),
        List.of());
  }

  /** Every change of a plan or an org unit also goes to the central audit trail. */
  @Bean
  AuditTrail auditTrail(OutboxEvents events) {
    return new AuditTrail(events, "plan-service", AuditEvents.RECORDED_BY_PLAN_SERVICE);
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of("org_units", "plans", OnceOnlyEvents.COLLECTION);
  }
}
