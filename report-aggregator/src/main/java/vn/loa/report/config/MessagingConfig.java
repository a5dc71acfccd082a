package vn.loa.report.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.support.messaging.MessagingTopics;
import vn.loa.support.messaging.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

  @Bean
  MessagingTopics messagingTopics() {
    return new MessagingTopics(
        "report-aggregator",
        List.of(ReportEvents.REMINDERS),
        List.of(OrgUnitEvents.TOPIC, PlanEvents.TOPIC, ActivityEvents.TOPIC));
  }

  @Bean
  OutboxCollections outboxCollections() {
    return OutboxCollections.of("reminders");
  }
}
