package vn.loa.report.live.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.EventStream;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * The push feed of live figures: a listener of a unit is told of every activity rolled up into that
 * unit's subtree — by id and version, once, also when the same event is delivered again — and of
 * nothing elsewhere; only whoever may read the unit's figures can listen; a quiet stream is kept
 * open by heartbeats.
 */
@IntegrationTest
@TestPropertySource(properties = {"loa.live.heartbeat=300ms", "loa.rollup.unknown-unit-grace=3s"})
class LiveFiguresTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired LiveFigures live;

  Fixtures fx;
  final List<EventStream> streams = new ArrayList<>();
  static final java.util.Map<String, String> days = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeEach
  void hierarchy() {
    fx = new Fixtures(codec).publishHierarchy();
  }

  @AfterEach
  void close() {
    streams.forEach(EventStream::close);
    fx.close();
  }

  EventStream listen(String unit, String token) {
    EventStream s =
        EventStream.open(
            "http://127.0.0.1:" + port + "/api/statistics/stream?unit=" + unit,
            "Authorization",
            "Bearer " + token);
    streams.add(s);
    return s;
  }

  EventStream ready(String unit, String token) {
    EventStream s = listen(unit, token);
    assertThat(s.status()).isEqualTo(200);
    assertThat(s.next("ready", Duration.ofSeconds(10))).as("ready").isNotNull();
    return s;
  }

  /**
   * The activities (id@version) of the stream's rolled-up events: until {@code expected} were heard
   * (at most {@code wait}), and then whatever else comes within half a second.
   */
  static List<String> rolledUp(EventStream s, int expected, Duration wait) {
    List<String> ids = new ArrayList<>();
    long end = System.nanoTime() + wait.toNanos();
    long quiet = Long.MAX_VALUE;
    while (System.nanoTime() < Math.min(end, quiet)) {
      if (ids.size() >= expected && quiet == Long.MAX_VALUE) {
        quiet = System.nanoTime() + Duration.ofMillis(500).toNanos();
      }
      EventStream.Event e = s.next("rolled-up", Duration.ofMillis(200));
      if (e != null) {
        JsonNode data = JSON.readTree(e.data());
        assertThat(data.get("dropped").asInt()).isZero();
        for (JsonNode a : data.get("activities")) {
          ids.add(a.get("id").asString() + "@" + a.get("version").asLong());
          days.put(
              a.get("id").asString() + "@" + a.get("version").asLong(),
              a.get("from").asString() + "/" + a.get("to").asString());
          // The event's span covers each of its activities'.
          assertThat(data.get("from").asString()).isLessThanOrEqualTo(a.get("from").asString());
          assertThat(data.get("to").asString()).isGreaterThanOrEqualTo(a.get("to").asString());
        }
      }
    }
    return ids;
  }

  @Test
  void a_listener_of_a_unit_hears_of_each_activity_of_its_subtree_once_and_of_none_elsewhere() {
    String admin = TestIdentity.token("CITY_ADMIN", fx.province.id());
    OrgUnitChanged other =
        new OrgUnitChanged(
            "o-" + fx.suffix,
            "O",
            "Xã khác " + fx.suffix,
            "COMMUNE",
            fx.province.id(),
            java.time.LocalDate.of(2000, 1, 1),
            null,
            null,
            1);
    fx.publish(other);
    EventStream province = ready(fx.province.id(), admin);
    EventStream commune =
        ready(fx.commune.id(), TestIdentity.token("COMMUNE_OFFICER", fx.commune.id()));
    EventStream elsewhere = ready(other.id(), admin);

    ActivitySnapshot first = fx.activity().by(fx.unit.id()).broadcasts(3).recorded();
    fx.publish(first);
    fx.publish(first); // delivered again: counted once, told once
    Fixtures.ActivityBuilder corrected = fx.activity().broadcasts(5).on("2025-08-20");
    ActivitySnapshot v1 = corrected.recorded();
    fx.publish(v1);
    // Corrected to a day of another month: its event names the days of both.
    ActivitySnapshot v2 = corrected.broadcasts(6).on("2025-10-03").version(2);
    fx.publish(v2);

    List<String> heard = rolledUp(province, 3, Duration.ofSeconds(30));
    assertThat(heard).containsExactlyInAnyOrder(first.id() + "@1", v1.id() + "@1", v2.id() + "@2");
    // The half-months each changed: the first on 5/8 (default day), the second moved 20/8 → 3/10.
    assertThat(days)
        .containsEntry(first.id() + "@1", "2025-08-01/2025-08-14")
        .containsEntry(v1.id() + "@1", "2025-08-15/2025-08-31")
        .containsEntry(v2.id() + "@2", "2025-08-15/2025-10-14");
    assertThat(rolledUp(commune, 3, Duration.ofSeconds(5)))
        .containsExactlyInAnyOrder(first.id() + "@1", v1.id() + "@1", v2.id() + "@2");
    assertThat(rolledUp(elsewhere, 0, Duration.ofSeconds(1))).isEmpty();
    // The quiet stream was kept open by heartbeats.
    assertThat(elsewhere.comments()).isPositive();
  }

  @Test
  void only_whoever_may_read_the_units_figures_can_listen() {
    EventStream foreign =
        listen(fx.province.id(), TestIdentity.token("COMMUNE_OFFICER", fx.commune.id()));
    assertThat(foreign.status()).isEqualTo(403);
    EventStream anonymous = streamWithout(fx.province.id());
    assertThat(anonymous.status()).isEqualTo(401);
    EventStream unknown =
        listen("nowhere-" + fx.suffix, TestIdentity.token("CITY_ADMIN", fx.province.id()));
    assertThat(unknown.status()).isIn(403, 404);
    EventStream noUnit =
        EventStream.open(
            "http://127.0.0.1:" + port + "/api/statistics/stream",
            "Authorization",
            "Bearer " + TestIdentity.token("CITY_ADMIN", fx.province.id()));
    streams.add(noUnit);
    assertThat(noUnit.status()).isEqualTo(400);
    assertThat(noUnit.next(Duration.ofSeconds(5)).data()).contains("unit");
    // No refused listener holds a stream (the first test's, closed by its listeners, go at the
    // next heartbeat).
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(live.open()).isZero());
  }

  EventStream streamWithout(String unit) {
    EventStream s =
        EventStream.open("http://127.0.0.1:" + port + "/api/statistics/stream?unit=" + unit);
    streams.add(s);
    return s;
  }
}
