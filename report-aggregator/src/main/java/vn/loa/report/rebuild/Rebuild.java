package vn.loa.report.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.loa.contracts.Topic;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.report.orgunit.OrgTopicProgress;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.rollup.messaging.ActivityConsumerGate;
import vn.loa.support.messaging.LoaMessagingProperties;
import vn.loa.support.web.Problems;

/**
 * Drops the aggregator's read models and rebuilds them from the topics: stop the consumers, drop
 * the collections, move the consumer group back to the first offset of every partition, start
 * again. Done when the group's committed offsets reach the end offsets noted at the start. Since
 * the roll-ups are written only from events, the result equals what was there, figure for figure
 * (RebuildTest).
 */
@Service
public class Rebuild {

  private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

  /**
   * Every binding of the group: the group must be empty to move its offsets. The audit and category
   * bindings are paused too, but their offsets stay and their collections are not dropped.
   */
  static final List<String> BINDINGS =
      List.of(
          "orgUnitEvents-in-0",
          "planEvents-in-0",
          "activityEvents-in-0",
          "categoryEvents-in-0",
          "auditFromPlans-in-0",
          "auditFromTasks-in-0",
          "auditFromReports-in-0");

  static final List<Topic> TOPICS = List.of(OrgUnitEvents.TOPIC, ActivityEvents.TOPIC);
  static final List<String> COLLECTIONS =
      List.of("rollups", "contributions", "activity_descriptions", "org_units");

  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  /** Where a rebuild stands; {@code processed} of {@code total} records replayed. */
  public record Status(
      State state,
      Instant startedAt,
      Instant finishedAt,
      long processed,
      long total,
      String failure) {

    public int percent() {
      return total == 0
          ? (state == State.DONE ? 100 : 0)
          : (int) Math.min(100, processed * 100 / total);
    }
  }

  private final BindingsLifecycleController bindings;
  private final ActivityConsumerGate gate;
  private final OrgTopicProgress orgProgress;
  private final MongoTemplate mongo;
  private final OrgTree tree;
  private final LoaMessagingProperties properties;
  private final Clock clock;
  private final AtomicReference<Status> status =
      new AtomicReference<>(new Status(State.IDLE, null, null, 0, 0, null));
  private volatile Map<TopicPartition, Long> target = Map.of();

  Rebuild(
      BindingsLifecycleController bindings,
      ActivityConsumerGate gate,
      OrgTopicProgress orgProgress,
      MongoTemplate mongo,
      OrgTree tree,
      LoaMessagingProperties properties,
      Clock clock) {
    this.bindings = bindings;
    this.gate = gate;
    this.orgProgress = orgProgress;
    this.mongo = mongo;
    this.tree = tree;
    this.properties = properties;
    this.clock = clock;
  }

  public synchronized Status start() {
    if (status.get().state() == State.RUNNING) {
      throw Problems.conflict("rebuild-running");
    }
    Instant now = clock.instant();
    status.set(new Status(State.RUNNING, now, null, 0, 0, null));
    Thread.ofVirtual().name("rebuild").start(this::run);
    return status.get();
  }

  public Status status() {
    Status s = status.get();
    if (s.state() != State.RUNNING || target.isEmpty()) {
      return s;
    }
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(properties.messaging().consumerGroup())
              .partitionsToOffsetAndMetadata()
              .get(10, TimeUnit.SECONDS);
      long processed = 0;
      long total = 0;
      boolean done = true;
      for (var entry : target.entrySet()) {
        OffsetAndMetadata c = committed.get(entry.getKey());
        long at = c == null ? 0 : Math.min(c.offset(), entry.getValue());
        processed += at;
        total += entry.getValue();
        done &= at >= entry.getValue();
      }
      Status now =
          new Status(
              done ? State.DONE : State.RUNNING,
              s.startedAt(),
              done ? clock.instant() : null,
              processed,
              total,
              null);
      status.compareAndSet(s, now);
      return now;
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      return s;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return s;
    }
  }

  private void run() {
    try {
      BINDINGS.forEach(bindings::stop);
      COLLECTIONS.forEach(mongo::dropCollection);
      tree.reload();
      orgProgress.reset();
      try (Admin admin = admin()) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> beginning = new HashMap<>();
        for (Topic topic : TOPICS) {
          for (int p = 0; p < topic.partitions(); p++) {
            TopicPartition tp = new TopicPartition(topic.name(), p);
            latest.put(tp, OffsetSpec.latest());
            beginning.put(tp, new OffsetAndMetadata(0));
          }
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (var e : admin.listOffsets(latest).all().get().entrySet()) {
          ends.put(e.getKey(), ((ListOffsetsResult.ListOffsetsResultInfo) e.getValue()).offset());
        }
        resetOffsets(admin, beginning);
        target = ends;
      }
      // The hierarchy first, then the activities: so no activity waits for its unit.
      gate.reset();
      BINDINGS.forEach(bindings::start);
      log.info(
          "Rebuild started: replaying {} records",
          target.values().stream().mapToLong(Long::longValue).sum());
    } catch (Exception e) {
      log.error("Rebuild failed", e);
      Status s = status.get();
      status.set(new Status(State.FAILED, s.startedAt(), clock.instant(), 0, 0, e.getMessage()));
      BINDINGS.forEach(bindings::start);
    }
  }

  /** Waits for the stopped consumers to leave the group, then moves it to the first offsets. */
  private void resetOffsets(Admin admin, Map<TopicPartition, OffsetAndMetadata> beginning)
      throws Exception {
    String group = properties.messaging().consumerGroup();
    Instant deadline = clock.instant().plusSeconds(120);
    while (true) {
      try {
        admin.alterConsumerGroupOffsets(group, beginning).all().get(10, TimeUnit.SECONDS);
        return;
      } catch (ExecutionException e) {
        if (clock.instant().isAfter(deadline)) {
          throw e;
        }
        TimeUnit.MILLISECONDS.sleep(500);
      }
    }
  }

  private Admin admin() {
    return Admin.create(properties.kafka().client(Map.of()));
  }
}
