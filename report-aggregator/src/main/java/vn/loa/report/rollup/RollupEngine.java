package vn.loa.report.rollup;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.report.orgunit.OrgTopicProgress;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.period.HalfMonth;
import vn.loa.support.messaging.DeadLetters;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.InboundEvent;
import vn.loa.support.messaging.InboundRecord;
import vn.loa.support.messaging.RetryLaterException;
import vn.loa.support.messaging.UndecodableEventException;

/**
 * Applies a batch of activity records to the roll-ups, exactly once in effect.
 *
 * <p>Per record, in partition order: if its activity's stored contribution already came from this
 * record (or a later one of the same partition), the record was applied before a crash; if its
 * version is not newer than the stored one, it is a duplicate or arrived late; otherwise the old
 * contribution is taken off every bucket it was added to and the new one added along the unit's
 * current chain of ancestors.
 *
 * <p>Writes: first the roll-up documents, each with {@code $inc} of the batch's changes plus the
 * highest offset applied per partition ({@code hw.p<n>}); a change from a record at or below that
 * offset is left out, which makes re-applying a batch after a crash change nothing. Then the
 * contributions. A crash between the two re-derives the same changes from the same stored
 * contributions. Per partition there is one consumer thread, so the read of {@code hw} and the
 * write that follows do not race; partitions are consumed by two threads ({@code concurrency: 2}),
 * each writing only its own partitions' {@code hw} fields, and {@code $inc} is atomic per document,
 * so two threads touching the same roll-up document (the city's, typically) add up correctly.
 */
@Component
public class RollupEngine {

  private final MongoTemplate mongo;
  private final OrgTree tree;
  private final EventCodec codec;
  private final DeadLetters deadLetters;
  private final Clock clock;
  private final Duration unknownUnitGrace;
  private final Duration unknownUnitSettle;
  private final OrgTopicProgress orgProgress;
  private final org.springframework.context.ApplicationEventPublisher events;

  /** Records waiting for their unit, by partition and offset; shared by the consumer threads. */
  private final Map<String, Instant> unknownSince = new java.util.concurrent.ConcurrentHashMap<>();

  private final Counter applied;
  private final Counter duplicates;
  private final Timer freshness;

  RollupEngine(
      MongoTemplate mongo,
      OrgTree tree,
      EventCodec codec,
      DeadLetters deadLetters,
      Clock clock,
      MeterRegistry meters,
      OrgTopicProgress orgProgress,
      org.springframework.context.ApplicationEventPublisher events,
      @Value("${loa.rollup.unknown-unit-grace:60s}") Duration unknownUnitGrace,
      @Value("${loa.rollup.unknown-unit-settle:2s}") Duration unknownUnitSettle) {
    this.orgProgress = orgProgress;
    this.events = events;
    this.unknownUnitSettle = unknownUnitSettle;
    this.mongo = mongo;
    this.tree = tree;
    this.codec = codec;
    this.deadLetters = deadLetters;
    this.clock = clock;
    this.unknownUnitGrace = unknownUnitGrace;
    this.applied = meters.counter("loa.rollup.applied");
    this.duplicates = meters.counter("loa.rollup.ignored");
    this.freshness =
        Timer.builder("loa.rollup.freshness")
            .description("From the write of an activity change to its roll-up")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
  }

  private record Decoded(InboundRecord record, ActivitySnapshot activity, Instant writtenAt) {}

  /** One change to one figure of one roll-up document, from one record. */
  private record Delta(int partition, long offset, String field, long amount) {}

  public void apply(List<InboundRecord> records) {
    List<Decoded> batch = decode(records);
    if (batch.isEmpty()) {
      return;
    }
    Map<String, Contribution> stored = new HashMap<>();
    mongo
        .find(
            new Query(
                Criteria.where("_id")
                    .in(batch.stream().map(d -> d.activity().id()).distinct().toList())),
            Contribution.class)
        .forEach(c -> stored.put(c.id(), c));

    Map<String, List<Delta>> deltas = new LinkedHashMap<>();
    Map<String, Contribution> changed = new LinkedHashMap<>();
    List<Decoded> counted = new ArrayList<>();
    List<RolledUp.Counted> published = new ArrayList<>();
    for (Decoded d : batch) {
      InboundRecord r = d.record();
      ActivitySnapshot a = d.activity();
      Contribution before = stored.get(a.id());
      if (before != null && before.partition() == r.partition() && before.offset() >= r.offset()) {
        continue; // applied before a crash: its roll-up changes are already in
      }
      if (before != null && a.version() <= before.version()) {
        duplicates.increment();
        continue; // a duplicate, or an older version arriving late
      }
      List<String> path = tree.path(a.unitId());
      if (path.isEmpty()) {
        if (waitedTooLong(r)) {
          deadLetters.send(ActivityEvents.TOPIC, r, "unit " + a.unitId() + " is unknown");
          continue;
        }
        throw new RetryLaterException(
            "unit " + a.unitId() + " of activity " + a.id() + " not known yet");
      }
      Contribution after = contribution(a, path, r);
      if (before != null) {
        add(deltas, before, -1, r);
      }
      add(deltas, after, 1, r);
      stored.put(a.id(), after);
      changed.put(a.id(), after);
      counted.add(d);
      java.util.Set<String> units = new java.util.LinkedHashSet<>(after.path());
      java.util.Set<vn.loa.report.period.HalfMonth> days = new java.util.TreeSet<>();
      days.add(vn.loa.report.period.HalfMonth.parse(after.year(), after.half()));
      if (before != null) {
        units.addAll(before.path());
        days.add(vn.loa.report.period.HalfMonth.parse(before.year(), before.half()));
      }
      published.add(new RolledUp.Counted(after.id(), after.version(), units, days));
    }
    write(deltas, changed);
    if (!published.isEmpty()) {
      events.publishEvent(new RolledUp(published, clock.instant()));
    }
    Instant now = clock.instant();
    for (Decoded d : counted) {
      freshness.record(Duration.between(d.writtenAt(), now));
    }
    applied.increment(counted.size());
  }

  private List<Decoded> decode(List<InboundRecord> records) {
    List<Decoded> decoded = new ArrayList<>(records.size());
    for (InboundRecord record : records) {
      try {
        InboundEvent event = codec.decode(record.value());
        ActivitySnapshot activity = codec.data(event, ActivityEvents.TOPIC, ActivitySnapshot.class);
        check(activity, event, record);
        decoded.add(new Decoded(record, activity, event.time()));
      } catch (UndecodableEventException e) {
        deadLetters.send(ActivityEvents.TOPIC, record, e.getMessage());
      }
    }
    return decoded;
  }

  private static void check(ActivitySnapshot a, InboundEvent event, InboundRecord record) {
    if (a.id() == null
        || !a.id().equals(event.subject())
        || (record.key() != null && !a.id().equals(record.key()))) {
      throw new UndecodableEventException("activity id, subject and key disagree");
    }
    if (a.version() != event.aggregateVersion() || a.version() < 1) {
      throw new UndecodableEventException("activity version and aggregateversion disagree");
    }
    if (a.unitId() == null || a.occurredOn() == null || a.category() == null) {
      throw new UndecodableEventException("unitId, occurredOn and category are required");
    }
    if (!RollupKeys.CATEGORY.matcher(a.category()).matches()) {
      throw new UndecodableEventException("category code is malformed");
    }
    if (a.quantity() < 0 || (a.participants() != null && a.participants() < 0)) {
      throw new UndecodableEventException("negative figures");
    }
  }

  /**
   * Whether to give up on a record whose unit is unknown: once the hierarchy has been read to the
   * end of its topic (after a short settling time, for a unit event racing its first activity) the
   * unit does not exist; and in any case after the grace period.
   */
  private boolean waitedTooLong(InboundRecord r) {
    String key = r.partition() + ":" + r.offset();
    Instant since = unknownSince.computeIfAbsent(key, k -> clock.instant());
    Duration waited = Duration.between(since, clock.instant());
    if (waited.compareTo(unknownUnitGrace) >= 0
        || (waited.compareTo(unknownUnitSettle) >= 0 && orgProgress.caughtUp())) {
      unknownSince.remove(key);
      return true;
    }
    return false;
  }

  private static Contribution contribution(ActivitySnapshot a, List<String> path, InboundRecord r) {
    boolean counts = !a.withdrawn();
    long participants = a.participants() == null ? 0 : a.participants();
    return new Contribution(
        a.id(),
        a.version(),
        path,
        a.occurredOn().getYear(),
        HalfMonth.of(a.occurredOn()).key(),
        a.category(),
        counts ? a.quantity() : 0,
        counts ? participants : 0,
        counts ? 1 : 0,
        r.partition(),
        r.offset());
  }

  private static void add(
      Map<String, List<Delta>> deltas, Contribution c, int sign, InboundRecord r) {
    if (c.activities() == 0) {
      return;
    }
    for (String unit : c.path()) {
      List<Delta> doc =
          deltas.computeIfAbsent(RollupKeys.documentId(unit, c.year()), k -> new ArrayList<>());
      doc.add(
          new Delta(
              r.partition(),
              r.offset(),
              RollupKeys.figure(c.category(), c.half(), "q"),
              sign * c.quantity()));
      doc.add(
          new Delta(
              r.partition(),
              r.offset(),
              RollupKeys.figure(c.category(), c.half(), "p"),
              sign * c.participants()));
      doc.add(
          new Delta(
              r.partition(),
              r.offset(),
              RollupKeys.figure(c.category(), c.half(), "n"),
              sign * c.activities()));
    }
  }

  private void write(Map<String, List<Delta>> deltas, Map<String, Contribution> changed) {
    if (!deltas.isEmpty()) {
      Map<String, Document> highWater = new HashMap<>();
      for (Document doc :
          mongo
              .getCollection(RollupKeys.COLLECTION)
              .find(new Document("_id", new Document("$in", new ArrayList<>(deltas.keySet()))))
              .projection(new Document("hw", 1))) {
        highWater.put(doc.getString("_id"), doc.get("hw", Document.class));
      }
      List<WriteModel<Document>> updates = new ArrayList<>();
      Date now = Date.from(clock.instant());
      deltas.forEach(
          (id, changes) -> {
            Document update = update(id, changes, highWater.get(id), now);
            if (update != null) {
              updates.add(
                  new UpdateOneModel<>(
                      new Document("_id", id), update, new UpdateOptions().upsert(true)));
            }
          });
      if (!updates.isEmpty()) {
        mongo.getCollection(RollupKeys.COLLECTION).bulkWrite(updates);
      }
    }
    if (!changed.isEmpty()) {
      BulkOperations contributions =
          mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Contribution.class);
      changed
          .values()
          .forEach(
              c ->
                  contributions.replaceOne(
                      new Query(Criteria.where("_id").is(c.id())),
                      c,
                      FindAndReplaceOptions.options().upsert()));
      contributions.execute();
    }
  }

  /**
   * The update of one roll-up document, leaving out what it already holds; {@code null} if nothing
   * is new.
   */
  private static Document update(String id, List<Delta> changes, Document hw, Date now) {
    Map<String, Long> inc = new LinkedHashMap<>();
    Map<String, Long> newHighWater = new LinkedHashMap<>();
    for (Delta d : changes) {
      String hwField = "p" + d.partition();
      Number applied = hw == null ? null : (Number) hw.get(hwField);
      if (applied != null && d.offset() <= applied.longValue()) {
        continue;
      }
      inc.merge(d.field(), d.amount(), Long::sum);
      newHighWater.merge(hwField, d.offset(), Math::max);
    }
    if (newHighWater.isEmpty()) {
      return null;
    }
    Document set = new Document("updatedAt", now);
    newHighWater.forEach((field, offset) -> set.append("hw." + field, offset));
    int bar = id.lastIndexOf('|');
    return new Document("$inc", new Document(inc))
        .append("$set", set)
        .append(
            "$setOnInsert",
            new Document("unitId", id.substring(0, bar))
                .append("year", Integer.parseInt(id.substring(bar + 1))));
  }
}
