package vn.loa.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Plan against achievement: a plan's targets set beside what its issuer's subtree achieved within
 * the plan's coverage, measured by the indicator each target names.
 */
@IntegrationTest
class TargetProgressTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  Http http;
  Fixtures fx;
  String plan;

  @BeforeEach
  void planWithTargets() {
    fx = new Fixtures(codec).publishHierarchy();
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
    plan =
        fx.publishPlanWithTargets(
            fx.province.id(),
            "2023-07-01",
            "2023-12-31",
            List.of(
                new PlanContent.Target(
                    "Tin, bài về CCHC trên báo chí, phát thanh, truyền hình",
                    "ít nhất 1.000 tin, bài",
                    "1.2",
                    1_000L),
                new PlanContent.Target(
                    "Chuyên mục CCHC trên Cổng TTĐT", "duy trì chuyên mục", "1.4", 1L),
                new PlanContent.Target("Thủ tục hành chính thực hiện trực tuyến", "100%")));
    fx.publish(
        fx.activity().of("PRESS_ARTICLE", 77).on("2023-06-30").recorded()); // before the plan
    fx.publish(fx.activity().of("PRESS_ARTICLE", 300).on("2023-08-10").recorded());
    fx.publish(fx.activity().of("PORTAL_POST", 99).on("2023-08-11").recorded()); // not mass media
    fx.publish(fx.activity().of("PORTAL_SECTION", 1).on("2023-09-01").recorded());
    fx.publish(fx.activity().of("BROADCAST", 150).on("2023-11-20").recorded());
    fx.publish(fx.activity().of("BROADCAST", 5).on("2024-01-03").recorded()); // after it
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("/api/statistics/targets?plan=" + plan).status() == 200
                    && http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2023")
                            .json()
                            .get("total")
                            .get("quantity")
                            .asLong()
                        == 627);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  static JsonNode target(JsonNode progress, int i) {
    return progress.get("targets").get(i);
  }

  @Test
  void each_linked_target_shows_what_was_achieved_within_the_plan_and_an_unlinked_one_nothing() {
    JsonNode whole = http.get("/api/statistics/targets?plan=" + plan).json();
    assertThat(whole.get("unitName").asString()).isEqualTo(fx.province.name());
    assertThat(whole.get("from").asString()).isEqualTo("2023-07-01");
    assertThat(whole.get("to").asString()).isEqualTo("2023-12-31");
    assertThat(target(whole, 0).get("indicatorName").asString())
        .isEqualTo("Số lượng bản tin chuyên đề CCHC trên các phương tiện thông tin đại chúng");
    assertThat(target(whole, 0).get("planned").asLong()).isEqualTo(1_000);
    assertThat(target(whole, 0).get("achieved").asLong())
        .as("press and broadcasts of 7–12/2023 only")
        .isEqualTo(450);
    assertThat(target(whole, 0).get("achievedShare").asDouble()).isEqualTo(0.45);
    assertThat(target(whole, 1).get("achieved").asLong()).isEqualTo(1);
    assertThat(target(whole, 1).get("achievedShare").asDouble()).isEqualTo(1.0);
    assertThat(target(whole, 2).get("value").asString()).isEqualTo("100%");
    assertThat(target(whole, 2).hasNonNull("achieved")).as("not measured").isFalse();
    assertThat(target(whole, 2).hasNonNull("achievedShare")).isFalse();

    JsonNode september =
        http.get("/api/statistics/targets?plan=" + plan + "&asOf=2023-09-30").json();
    assertThat(september.get("to").asString()).isEqualTo("2023-09-30");
    assertThat(target(september, 0).get("achieved").asLong()).isEqualTo(300);
    assertThat(target(september, 0).get("achievedShare").asDouble()).isEqualTo(0.3);
  }

  @Test
  void bad_queries_and_other_units_are_refused() {
    Http.Response notHalfMonth =
        http.get("/api/statistics/targets?plan=" + plan + "&asOf=2023-09-20");
    assertThat(notHalfMonth.status()).isEqualTo(400);
    assertThat(notHalfMonth.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    assertThat(http.get("/api/statistics/targets?plan=" + plan + "&asOf=2023-06-30").status())
        .as("before the plan")
        .isEqualTo(400);
    assertThat(http.get("/api/statistics/targets?plan=" + plan + "&asOf=30/9/2023").status())
        .isEqualTo(400);
    Http.Response unknown = http.get("/api/statistics/targets?plan=p-khong-co");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asString())
        .isEqualTo("Không tìm thấy kế hoạch có mã \"p-khong-co\".");
    assertThat(http.get("/api/statistics/targets").status()).isEqualTo(400);
    Http commune = Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", fx.commune.id()));
    assertThat(commune.get("/api/statistics/targets?plan=" + plan).status())
        .as("the city's figures")
        .isEqualTo(403);
  }
}
