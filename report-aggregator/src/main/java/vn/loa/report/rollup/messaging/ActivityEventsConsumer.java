package vn.loa.report.rollup.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.report.rollup.RollupEngine;
import vn.loa.support.messaging.ConsumerFailures;
import vn.loa.support.messaging.InboundRecord;
import vn.loa.support.messaging.RetryLaterException;

/**
 * Binding {@code activityEvents-in-0}: the activity topic, a polled batch at a time. Offsets are
 * committed only after the batch is in the store.
 */
@Configuration(proxyBeanMethods = false)
class ActivityEventsConsumer {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ActivityEventsConsumer.class);

  @Bean
  Consumer<Message<List<byte[]>>> activityEvents(RollupEngine engine, ActivityConsumerGate gate) {
    return batch -> {
      try {
        gate.awaitOpen();
        engine.apply(InboundRecord.batch(batch));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RetryLaterException("interrupted while waiting for the hierarchy", e);
      } catch (RuntimeException e) {
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
