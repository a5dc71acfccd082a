package vn.loa.report.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.MessagingTopics;

@Configuration(proxyBeanMethods = false)
class MessagingConfig {

  @Bean
  MessagingTopics messagingTopics() {
    return new MessagingTopics(
        "report-aggregator", List.of(), List.of(OrgUnitEvents.TOPIC, ActivityEvents.TOPIC));
  }
}
