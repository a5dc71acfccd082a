package vn.loa.report.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Dropping every read model and replaying the topics gives the same figures, for every unit and
 * period.
 */
@IntegrationTest
class RebuildTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  @Test
  void a_rebuild_from_the_topics_gives_back_every_figure() {
    Fixtures fx = new Fixtures(codec);
    Http http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
    List<String> units = new ArrayList<>();
    try (fx) {
      fx.publishHierarchy();
      units.addAll(List.of(fx.province.id(), fx.commune.id(), fx.unit.id()));
      Fixtures.ActivityBuilder corrected = fx.activity().broadcasts(10).on("2025-02-10");
      fx.publish(corrected.recorded());
      fx.publish(corrected.broadcasts(12).version(2));
      Fixtures.ActivityBuilder withdrawn = fx.activity().of("VISUAL", 4).on("2025-06-20");
      fx.publish(withdrawn.recorded());
      fx.publish(withdrawn.withdrawnAt(2));
      for (int i = 0; i < 40; i++) {
        fx.publish(
            fx.activity()
                .by(i % 2 == 0 ? fx.unit.id() : fx.commune.id())
                .of(i % 3 == 0 ? "CONTEST" : "PORTAL_POST", i + 1)
                .reaching(i * 10L)
                .on("2025-0" + (1 + i % 9) + "-1" + (i % 9))
                .recorded());
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2025")
                          .json()
                          .get("total")
                          .get("activities")
                          .asLong()
                      == 41);
    }
    Map<String, String> before = snapshot(http, units);

    Http.Response started = http.post("/admin/rebuild", null);
    assertThat(started.status()).isEqualTo(202);
    assertThat(http.post("/admin/rebuild", null).status()).isEqualTo(409);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> "DONE".equals(http.get("/admin/rebuild").json().get("state").asString()));

    var done = http.get("/admin/rebuild").json();
    assertThat(done.get("percent").asInt()).isEqualTo(100);
    assertThat(done.get("total").asLong()).as("records replayed").isGreaterThanOrEqualTo(47);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(snapshot(http, units)).isEqualTo(before));
  }

  static Map<String, String> snapshot(Http http, List<String> units) {
    Map<String, String> figures = new LinkedHashMap<>();
    for (String unit : units) {
      for (String q :
          List.of(
              "period=2025",
              "period=2025Q1",
              "period=2025S1",
              "period=2025M06",
              "window=2025Q2",
              "window=2025")) {
        var totals = http.get("/api/statistics/totals?unit=" + unit + "&" + q).json();
        figures.put(unit + " " + q, totals.get("byCategory").toString());
      }
    }
    return figures;
  }
}
