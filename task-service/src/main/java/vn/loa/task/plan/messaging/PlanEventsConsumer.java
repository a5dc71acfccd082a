package vn.loa.task.plan.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;
import vn.loa.task.plan.PlanReplicas;

/** Binding {@code planEvents-in-0}: the compacted plan topic. */
@Configuration(proxyBeanMethods = false)
class PlanEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> planEvents(
      EventConsumers consumers, EventCodec codec, PlanReplicas handler) {
    return consumers.of(
        PlanEvents.TOPIC,
        (event, record) -> handler.apply(codec.data(event, PlanEvents.TOPIC, PlanSnapshot.class)));
  }
}
