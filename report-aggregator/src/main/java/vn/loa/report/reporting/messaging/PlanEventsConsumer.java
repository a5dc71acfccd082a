package vn.loa.report.reporting.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.report.indicator.TargetProgress;
import vn.loa.report.reporting.Regimes;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;

/**
 * Binding {@code planEvents-in-0}: the plan topic, kept as reporting regimes and as plan targets.
 */
@Configuration(proxyBeanMethods = false)
class PlanEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> planEvents(
      EventConsumers consumers, EventCodec codec, Regimes regimes, TargetProgress targets) {
    return consumers.of(
        PlanEvents.TOPIC,
        (event, record) -> {
          PlanSnapshot plan = codec.data(event, PlanEvents.TOPIC, PlanSnapshot.class);
          regimes.apply(plan);
          targets.apply(plan);
        });
  }
}
