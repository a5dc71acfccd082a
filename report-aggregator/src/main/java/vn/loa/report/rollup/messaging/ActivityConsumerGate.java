package vn.loa.report.rollup.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.LoaMessagingProperties;
import vn.loa.support.messaging.RetryLaterException;

/**
 * Holds the activity consumer back until the org-unit consumer has read the hierarchy up to where
 * its topic ended when the service started (or a rebuild began), at most a minute. A fresh
 * deployment or a rebuild replays both topics from the start; without this gate activities would
 * arrive before their units and have to wait for them.
 */
@Component
public class ActivityConsumerGate {

  static final Duration MAX_WAIT = Duration.ofSeconds(60);

  private static final Logger log = LoggerFactory.getLogger(ActivityConsumerGate.class);

  private final LoaMessagingProperties properties;
  private volatile CountDownLatch open = new CountDownLatch(1);
  private volatile long closedAt = System.nanoTime();

  ActivityConsumerGate(LoaMessagingProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    openAfterCatchUp();
  }

  /** Closes the gate and opens it again once the hierarchy has been read. */
  public void reset() {
    closedAt = System.nanoTime();
    open = new CountDownLatch(1);
    openAfterCatchUp();
  }

  /**
   * Called by the activity consumer before each batch; returns at once when the gate is open, and
   * otherwise waits a moment, then refuses the batch ({@link RetryLaterException}): the listener
   * container retries it with its back-off, polling in between. Never held for long inside the
   * listener — all bindings of the service are one consumer group, and a member held there kept
   * every rebalance of the group, the org-unit consumer's included, waiting until the gate gave up
   * after a minute (issue 15; docs/adr/0026).
   */
  void awaitOpen() throws InterruptedException {
    CountDownLatch latch = open;
    if (!latch.await(HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
      if (System.nanoTime() - closedAt > MAX_WAIT.toNanos()) {
        latch.countDown(); // the catch-up check never answered: let activities through, as before
        return;
      }
      throw new RetryLaterException(NOT_YET);
    }
  }

  /** Why a batch is refused while the gate is closed. */
  static final String NOT_YET = "the hierarchy is not read yet";

  /** The longest a batch waits inside the listener for the gate. */
  static final Duration HOLD = Duration.ofMillis(500);

  private void openAfterCatchUp() {
    CountDownLatch latch = open;
    Thread.ofVirtual().name("activity-consumer-gate").start(() -> awaitThenOpen(latch));
  }

  private void awaitThenOpen(CountDownLatch latch) {
    // A timeout, not a day: measured on the monotonic clock.
    long started = System.nanoTime();
    long deadline = started + MAX_WAIT.toNanos();
    boolean caughtUp = false;
    try (Admin admin = Admin.create(properties.kafka().client(Map.of()))) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < OrgUnitEvents.TOPIC.partitions(); p++) {
        latest.put(new TopicPartition(OrgUnitEvents.TOPIC.name(), p), OffsetSpec.latest());
      }
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin
          .listOffsets(latest)
          .all()
          .get(30, TimeUnit.SECONDS)
          .forEach((tp, info) -> ends.put(tp, info.offset()));
      while (!caughtUp && System.nanoTime() - deadline < 0) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(properties.messaging().consumerGroup())
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        caughtUp =
            ends.entrySet().stream()
                .allMatch(
                    e ->
                        e.getValue() == 0
                            || (committed.get(e.getKey()) != null
                                && committed.get(e.getKey()).offset() >= e.getValue()));
        if (!caughtUp) {
          TimeUnit.MILLISECONDS.sleep(200);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      log.warn(
          "Could not tell whether the hierarchy has been read; letting activities through: {}",
          e.toString());
    }
    log.info(
        "Activities flow after {} ms (hierarchy read: {})",
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        caughtUp);
    latch.countDown();
  }
}
