package vn.loa.report.orgunit.messaging;

import java.util.List;
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
 * Binding {@code orgUnitEvents-in-0}: the compacted org-unit topic, a polled batch at a time (one
 * read and one write of the store per batch: a new aggregator reads the ~1,000 units of the
 * hierarchy in a second, not in a minute), applied idempotently by version.
 */
@Configuration(proxyBeanMethods = false)
class OrgUnitEventsConsumer {

  @Bean
  Consumer<Message<List<byte[]>>> orgUnitEvents(
      EventConsumers consumers, EventCodec codec, OrgTree tree, OrgTopicProgress progress) {
    return consumers.ofBatch(
        OrgUnitEvents.TOPIC,
        (event, record) -> OrgUnitReplica.of(codec.data(event, OrgUnitEvents.CHANGED)),
        (units, records) -> {
          tree.applyAll(units.stream().map(EventConsumers.Read::value).toList());
          // every record of the batch is behind us, the dead-lettered ones too
          records.forEach(r -> progress.applied(r.partition(), r.offset()));
        });
  }
}
