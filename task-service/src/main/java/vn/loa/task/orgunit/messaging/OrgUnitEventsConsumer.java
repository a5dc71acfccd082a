package vn.loa.task.orgunit.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;
import vn.loa.support.messaging.Replicas;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.orgunit.OrgUnitReplica;

/**
 * Binding {@code orgUnitEvents-in-0}: the compacted org-unit topic, a polled batch at a time (one
 * read and one write of the store per batch), applied idempotently by version; the units stored are
 * forgotten by the directory's memory of recent reads.
 */
@Configuration(proxyBeanMethods = false)
class OrgUnitEventsConsumer {

  @Bean
  Consumer<Message<List<byte[]>>> orgUnitEvents(
      EventConsumers consumers, EventCodec codec, Replicas replicas, OrgUnitDirectory directory) {
    return consumers.ofBatch(
        OrgUnitEvents.TOPIC,
        (event, record) -> OrgUnitReplica.of(codec.data(event, OrgUnitEvents.CHANGED)),
        (units, records) -> {
          List<OrgUnitReplica> stored =
              replicas.saveAllIfNewer(
                  OrgUnitReplica.class, units.stream().map(EventConsumers.Read::value).toList());
          directory.changed(stored.stream().map(OrgUnitReplica::id).toList());
        });
  }
}
