package vn.loa.plan.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.support.messaging.MessagingTopics;
import vn.loa.support.messaging.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

  @Bean
  MessagingTopics messagingTopics() {
    return new MessagingTopics("plan-service", List.of(OrgUnitEvents.TOPIC, PlanEvents.TOPIC), List.of());
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of("org_units", "plans");
  }
}
