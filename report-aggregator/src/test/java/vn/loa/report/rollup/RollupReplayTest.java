package vn.loa.report.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.period.Periods;
import vn.loa.report.statistics.Statistics;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.InboundRecord;
import vn.loa.testsupport.IntegrationTest;

/**
 * The states a crash can leave behind, re-created in the store, then the same records delivered
 * again: the totals never change. Records are handed to the engine directly, as the consumer would
 * after a restart, on a partition number no real record uses.
 */
@IntegrationTest
class RollupReplayTest {

  static final int PARTITION = 97;

  @Autowired RollupEngine engine;
  @Autowired Statistics statistics;
  @Autowired MongoTemplate mongo;
  @Autowired OrgTree tree;
  @Autowired EventCodec codec;

  Fixtures fx;
  long offset = 1000;

  @BeforeEach
  void hierarchy() {
    fx = new Fixtures(codec).publishHierarchy();
    await().atMost(Duration.ofSeconds(20)).until(() -> !tree.path(fx.unit.id()).isEmpty());
  }

  @AfterEach
  void close() {
    fx.close();
  }

  InboundRecord record(ActivitySnapshot a) {
    return new InboundRecord(
        ActivityEvents.TOPIC.name(), PARTITION, offset++, a.id(), fx.encode(a));
  }

  long total(String unit) {
    return statistics.totals(unit, Periods.calendar("2025").orElseThrow()).total().quantity();
  }

  void assertTotals(long expected) {
    assertThat(List.of(total(fx.unit.id()), total(fx.commune.id()), total(fx.province.id())))
        .containsOnly(expected);
  }

  @Test
  void a_batch_delivered_again_after_everything_was_written_changes_nothing() {
    List<InboundRecord> batch = List.of(record(fx.activity().broadcasts(12).recorded()));
    engine.apply(batch);
    engine.apply(batch);

    assertTotals(12);
  }

  @Test
  void a_crash_after_the_roll_ups_but_before_the_contribution_is_repaired_by_the_replay() {
    ActivitySnapshot a = fx.activity().broadcasts(12).recorded();
    List<InboundRecord> batch = List.of(record(a));
    engine.apply(batch);
    mongo.remove(
        new org.springframework.data.mongodb.core.query.Query(
            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(a.id())),
        Contribution.class);

    engine.apply(batch);

    assertTotals(12);
    assertThat(mongo.findById(a.id(), Contribution.class)).isNotNull();
  }

  @Test
  void a_crash_in_the_middle_of_the_roll_up_writes_is_completed_by_the_replay_and_not_doubled() {
    Fixtures.ActivityBuilder builder = fx.activity().broadcasts(12);
    engine.apply(List.of(record(builder.recorded())));
    ActivitySnapshot corrected = builder.broadcasts(20).version(2);
    List<InboundRecord> correction = List.of(record(corrected));
    engine.apply(correction);
    // As if the crash hit after the commune's and province's documents were written but not the
    // unit's: put the unit's document back to its state before the correction, and forget the new
    // contribution.
    var unitDoc =
        mongo.getCollection("rollups").find(new Document("_id", fx.unit.id() + "|2025")).first();
    Document figures =
        unitDoc
            .get("c", Document.class)
            .get("BROADCAST", Document.class)
            .get("m08a", Document.class);
    figures.put("q", 12L);
    unitDoc.get("hw", Document.class).put("p" + PARTITION, correction.getFirst().offset() - 1);
    mongo.getCollection("rollups").replaceOne(new Document("_id", unitDoc.get("_id")), unitDoc);
    Contribution first = mongo.findById(corrected.id(), Contribution.class);
    mongo.save(
        new Contribution(
            first.id(),
            1,
            first.path(),
            first.year(),
            first.half(),
            first.category(),
            12,
            0,
            1,
            PARTITION,
            correction.getFirst().offset() - 1));
    assertThat(total(fx.unit.id())).isEqualTo(12);
    assertThat(total(fx.province.id())).isEqualTo(20);

    engine.apply(correction);

    assertTotals(20);
  }

  @Test
  void a_replay_of_a_longer_stretch_applies_only_what_is_new() {
    Fixtures.ActivityBuilder a = fx.activity().broadcasts(1);
    Fixtures.ActivityBuilder b = fx.activity().broadcasts(100);
    InboundRecord r1 = record(a.recorded());
    InboundRecord r2 = record(b.recorded());
    InboundRecord r3 = record(a.broadcasts(5).version(2));
    engine.apply(List.of(r1, r2));

    engine.apply(List.of(r1, r2, r3));

    assertTotals(105);
  }
}
