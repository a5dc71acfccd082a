package vn.loa.report.orgunit.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.report.orgunit.OrgTopicProgress;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;

/**
 * Binding {@code orgUnitEvents-in-0}: the compacted org-unit topic, applied idempotently by
 * version.
 */
@Configuration(proxyBeanMethods = false)
class OrgUnitEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> orgUnitEvents(
      EventConsumers consumers, EventCodec codec, OrgTree tree, OrgTopicProgress progress) {
    return consumers.of(
        OrgUnitEvents.TOPIC,
        (event, record) -> {
          tree.apply(OrgUnitReplica.of(codec.data(event, OrgUnitEvents.CHANGED)));
          progress.applied(record.partition(), record.offset());
        });
  }
}
