package vn.loa.report.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Contract test of the activity topic as the aggregator consumes it: totals follow the latest
 * version of every activity, whatever the delivery order, duplicates or poison on the topic.
 */
@IntegrationTest
@TestPropertySource(properties = "loa.rollup.unknown-unit-grace=3s")
class RollupTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  Http http;
  Fixtures fx;

  @BeforeEach
  void hierarchy() {
    fx = new Fixtures(codec).publishHierarchy();
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  long quantity(String unit, String param) {
    Http.Response r = http.get("/api/statistics/totals?unit=" + unit + "&" + param);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().get("total").get("quantity").asLong();
  }

  void awaitQuantity(String unit, String param, long expected) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(quantity(unit, param)).isEqualTo(expected));
  }

  @Test
  void an_activity_counts_for_its_unit_and_every_ancestor_in_its_periods() {
    fx.publish(fx.activity().broadcasts(12).reaching(300).on("2025-08-05").recorded());

    awaitQuantity(fx.province.id(), "period=2025Q3", 12);
    assertThat(quantity(fx.unit.id(), "period=2025Q3")).isEqualTo(12);
    assertThat(quantity(fx.commune.id(), "period=2025M08")).isEqualTo(12);
    assertThat(quantity(fx.province.id(), "period=2025")).isEqualTo(12);
    assertThat(quantity(fx.province.id(), "period=2025YTD")).isEqualTo(12);
    assertThat(quantity(fx.province.id(), "period=2025M07")).isZero();
    assertThat(quantity(fx.province.id(), "window=2025Q3")).isEqualTo(12);
    assertThat(quantity(fx.province.id(), "window=2025M08")).isEqualTo(12);
    assertThat(quantity(fx.province.id(), "window=2025M09")).isZero();

    JsonNode totals =
        http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2025Q3").json();
    assertThat(totals.get("byCategory").get("BROADCAST").get("participants").asLong())
        .isEqualTo(300);
    assertThat(totals.get("total").get("activities").asLong()).isEqualTo(1);
    assertThat(totals.get("asOf").asString()).endsWith("+07:00");
  }

  @Test
  void the_window_cut_off_is_the_14th() {
    fx.publish(fx.activity().broadcasts(1).on("2025-09-14").recorded());
    fx.publish(fx.activity().broadcasts(10).on("2025-09-15").recorded());

    awaitQuantity(fx.province.id(), "period=2025Q3", 11);
    assertThat(quantity(fx.province.id(), "window=2025Q3")).isEqualTo(1);
    assertThat(quantity(fx.province.id(), "window=2025Q4")).isEqualTo(10);
    assertThat(quantity(fx.province.id(), "window=2025")).isEqualTo(11);
  }

  @Test
  void the_same_event_delivered_twice_counts_once() {
    ActivitySnapshot recorded = fx.activity().broadcasts(7).recorded();
    fx.publish(recorded);
    fx.publish(recorded);
    ActivitySnapshot marker = fx.activity().broadcasts(100).recorded();
    fx.publish(marker);

    awaitQuantity(fx.province.id(), "period=2025", 107);
  }

  @Test
  void a_correction_replaces_the_figure_and_an_older_version_arriving_late_changes_nothing() {
    Fixtures.ActivityBuilder a = fx.activity().broadcasts(12);
    fx.publish(a.recorded());
    fx.publish(a.broadcasts(15).version(2));
    fx.publish(a.broadcasts(12).recorded()); // v1 again, after v2
    awaitQuantity(fx.commune.id(), "period=2025", 15);
    assertThat(quantity(fx.province.id(), "period=2025")).isEqualTo(15);
  }

  @Test
  void a_correction_that_moves_the_date_moves_the_count_between_periods() {
    Fixtures.ActivityBuilder a = fx.activity().broadcasts(5).on("2025-08-05");
    fx.publish(a.recorded());
    fx.publish(a.on("2024-12-20").version(2));

    awaitQuantity(fx.province.id(), "period=2024", 5);
    assertThat(quantity(fx.province.id(), "period=2025")).isZero();
    assertThat(quantity(fx.province.id(), "window=2025")).isEqualTo(5);
  }

  @Test
  void a_newer_version_arriving_first_wins() {
    Fixtures.ActivityBuilder a = fx.activity();
    fx.publish(a.broadcasts(30).version(3));
    fx.publish(a.broadcasts(20).version(2));
    fx.publish(a.broadcasts(10).recorded());
    ActivitySnapshot marker = fx.activity().broadcasts(1000).recorded();
    fx.publish(marker);

    awaitQuantity(fx.province.id(), "period=2025", 1030);
  }

  @Test
  void a_withdrawal_removes_the_figure() {
    Fixtures.ActivityBuilder a = fx.activity().broadcasts(9);
    fx.publish(a.recorded());
    awaitQuantity(fx.province.id(), "period=2025", 9);

    fx.publish(a.withdrawnAt(2));

    awaitQuantity(fx.province.id(), "period=2025", 0);
    JsonNode totals =
        http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2025").json();
    assertThat(totals.get("byCategory").size()).isZero();
  }

  @Test
  void poison_goes_to_the_dead_letter_topic_and_does_not_stall_the_partition() {
    ActivitySnapshot bad = fx.activity().of("BAD.CATEGORY", 5).recorded();
    fx.publishRaw(bad.id(), fx.encode(bad));
    fx.publishRaw("garbage-" + fx.suffix, "not json at all".getBytes(StandardCharsets.UTF_8));
    fx.publish(fx.activity().broadcasts(3).recorded());

    awaitQuantity(fx.province.id(), "period=2025", 3);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        TopicReader.readAll(
                            ActivityEvents.TOPIC.deadLetterName("report-aggregator")))
                    .extracting(TopicReader.Record::key)
                    .contains(bad.id(), "garbage-" + fx.suffix));
  }

  @Test
  void an_activity_of_a_unit_not_known_yet_is_counted_once_the_unit_arrives() {
    var late =
        new vn.loa.contracts.orgunit.OrgUnitChanged(
            "late-" + fx.suffix,
            "L",
            "Đơn vị đến muộn",
            "UNIT",
            fx.commune.id(),
            null,
            null,
            null,
            1);
    fx.publish(fx.activity().by(late.id()).broadcasts(4).recorded());
    fx.publish(late);

    awaitQuantity(fx.province.id(), "period=2025", 4);
    assertThat(quantity(late.id(), "period=2025")).isEqualTo(4);
  }

  @Test
  void a_merged_communes_history_is_reported_under_its_successor_on_request() {
    var before =
        new vn.loa.contracts.orgunit.OrgUnitChanged(
            "old-" + fx.suffix,
            "O",
            "Xã cũ",
            "COMMUNE",
            fx.province.id(),
            java.time.LocalDate.of(2000, 1, 1),
            null,
            null,
            1);
    fx.publish(before);
    fx.publish(fx.activity().by(before.id()).broadcasts(6).on("2025-03-10").recorded());
    fx.publish(fx.activity().by(fx.commune.id()).broadcasts(4).on("2025-09-10").recorded());
    awaitQuantity(fx.province.id(), "period=2025", 10);

    fx.publish(
        new vn.loa.contracts.orgunit.OrgUnitChanged(
            before.id(),
            "O",
            "Xã cũ",
            "COMMUNE",
            fx.province.id(),
            java.time.LocalDate.of(2000, 1, 1),
            java.time.LocalDate.of(2025, 6, 30),
            fx.commune.id(),
            2));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(quantity(fx.commune.id(), "period=2025&includeMerged=true"))
                    .isEqualTo(10));
    assertThat(quantity(fx.commune.id(), "period=2025")).isEqualTo(4);
    assertThat(quantity(before.id(), "period=2025")).isEqualTo(6);
    assertThat(quantity(fx.province.id(), "period=2025")).isEqualTo(10);
  }

  @Test
  void an_activity_of_a_unit_that_never_comes_is_dead_lettered_after_the_grace_period() {
    ActivitySnapshot orphan = fx.activity().by("nowhere-" + fx.suffix).broadcasts(4).recorded();
    fx.publish(orphan);
    fx.publish(fx.activity().broadcasts(2).recorded());

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        TopicReader.readAll(
                            ActivityEvents.TOPIC.deadLetterName("report-aggregator")))
                    .extracting(TopicReader.Record::key)
                    .contains(orphan.id()));
    awaitQuantity(fx.province.id(), "period=2025", 2);
  }
}
