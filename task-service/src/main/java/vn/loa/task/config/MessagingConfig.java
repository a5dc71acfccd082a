package vn.loa.task.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.support.messaging.MessagingTopics;
import vn.loa.support.messaging.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

  @Bean
  MessagingTopics messagingTopics() {
    return new MessagingTopics("task-service", List.of(ActivityEvents.TOPIC, TaskEvents.TOPIC), List.of(OrgUnitEvents.TOPIC, PlanEvents.TOPIC));
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of("activities", "tasks");
  }
}
