package vn.loa.task.orgunit.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;
import vn.loa.support.messaging.Replicas;
import vn.loa.task.orgunit.OrgUnitReplica;

/**
 * Binding {@code orgUnitEvents-in-0}: the compacted org-unit topic, applied idempotently by
 * version.
 */
@Configuration(proxyBeanMethods = false)
class OrgUnitEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> orgUnitEvents(
      EventConsumers consumers, EventCodec codec, Replicas replicas) {
    return consumers.of(
        OrgUnitEvents.TOPIC,
        (event, record) ->
            replicas.saveIfNewer(OrgUnitReplica.of(codec.data(event, OrgUnitEvents.CHANGED))));
  }
}
