package vn.loa.report.rollup.messaging;

import io.micrometer.tracing.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.report.rollup.ActivityDescription;
import vn.loa.report.rollup.ActivityDescriptions;
import vn.loa.report.rollup.RollupEngine;
import vn.loa.support.messaging.ConsumerFailures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventTracing;
import vn.loa.support.messaging.InboundRecord;
import vn.loa.support.messaging.RetryLaterException;

/**
 * Binding {@code activityEvents-in-0}: the activity topic, a polled batch at a time. Offsets are
 * committed only after the batch is in the store.
 */
@Configuration(proxyBeanMethods = false)
class ActivityEventsConsumer {

  /**
   * What the records say of their activities, for the report documents; a record that cannot be
   * read is the engine's to dead-letter, and is left out here.
   */
  static List<ActivityDescription> describe(List<InboundRecord> records, EventCodec codec) {
    List<ActivityDescription> described = new ArrayList<>(records.size());
    for (InboundRecord r : records) {
      try {
        ActivitySnapshot a =
            codec.data(codec.decode(r.value()), ActivityEvents.TOPIC, ActivitySnapshot.class);
        if (a.id() != null && a.version() >= 1) {
          described.add(
              new ActivityDescription(
                  a.id(), a.version(), a.unitId(), a.occurredOn(), a.title(), a.outlet()));
        }
      } catch (RuntimeException e) {
        // unreadable: the engine dead-letters it; a description is never worth stalling the topic
      }
    }
    return described;
  }

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ActivityEventsConsumer.class);

  @Bean
  Consumer<Message<List<byte[]>>> activityEvents(
      RollupEngine engine,
      ActivityConsumerGate gate,
      ActivityDescriptions descriptions,
      EventCodec codec,
      EventTracing tracing) {
    return batch -> {
      List<Span> spans = List.of();
      try {
        gate.awaitOpen();
        List<InboundRecord> records = InboundRecord.batch(batch);
        // Each activity's trace goes on into its roll-up, which ends when the batch is stored.
        spans =
            records.stream()
                .map(
                    r ->
                        tracing.continueTrace(
                            r.trace(), "roll-up " + r.topic(), Span.Kind.CONSUMER, r.topic()))
                .toList();
        engine.apply(records);
        descriptions.keep(describe(records, codec));
        EventTracing.end(spans, null);
      } catch (InterruptedException e) {
        EventTracing.end(spans, e);
        Thread.currentThread().interrupt();
        throw new RetryLaterException("interrupted while waiting for the hierarchy", e);
      } catch (RuntimeException e) {
        EventTracing.end(spans, e);
        if (ActivityConsumerGate.NOT_YET.equals(e.getMessage())) {
          throw e; // the gate is still closed: retried by the container, nothing to report
        }
        log.warn(
            "Roll-up of a batch of {} records failed, retrying: {}",
            batch.getPayload().size(),
            e.toString());
        // Poison records were dead-lettered one by one inside the engine. Whatever fails now fails
        // for the whole batch: retry it (idempotently) rather than let the container dead-letter
        // valid records.
        throw ConsumerFailures.isTransient(e)
            ? e
            : new RetryLaterException("roll-up of a batch failed", e);
      }
    };
  }
}
