package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.systemtest.Demo.DEPARTMENT;
import static vn.loa.systemtest.Demo.DEPARTMENT_OFFICE;
import static vn.loa.systemtest.Demo.PROVINCE;
import static vn.loa.systemtest.Demo.portalPosts;
import static vn.loa.systemtest.Demo.total;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TopicReader;
import vn.loa.testsupport.TopicWriter;

/**
 * The thin slice, through the gateway, with every service in its own process: an activity posted by
 * a department's office shows in the department's and the city's totals; corrections and
 * withdrawals follow exactly; duplicated and reordered events on the topic change nothing.
 */
class SliceEndToEndTest {

  static Http gateway;

  @BeforeAll
  static void system() {
    SystemUnderTest.platform();
    gateway = SystemUnderTest.gateway();
  }

  static void awaitTotal(String unit, String period, long expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(total(gateway, unit, period)).isEqualTo(expected));
  }

  @Test
  void record_correct_and_withdraw_through_the_gateway_and_the_totals_follow_exactly() {
    long city = total(gateway, PROVINCE, "2021");
    long department = total(gateway, DEPARTMENT, "2021");
    long departmentQ1 = total(gateway, DEPARTMENT, "2021Q1");
    long officeMarch = total(gateway, DEPARTMENT_OFFICE, "2021M03");

    Http.Response created = gateway.post("/api/activities", portalPosts(12, "2021-03-10"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String location = created.header("Location");
    awaitTotal(PROVINCE, "2021", city + 12);
    assertThat(total(gateway, DEPARTMENT, "2021Q1")).isEqualTo(departmentQ1 + 12);
    assertThat(total(gateway, DEPARTMENT, "2021")).isEqualTo(department + 12);
    assertThat(total(gateway, DEPARTMENT_OFFICE, "2021M03")).isEqualTo(officeMarch + 12);

    assertThat(gateway.put(location, portalPosts(15, "2021-03-10"), "If-Match", "\"1\"").status())
        .isEqualTo(200);
    awaitTotal(PROVINCE, "2021", city + 15);
    assertThat(total(gateway, DEPARTMENT, "2021")).isEqualTo(department + 15);

    assertThat(gateway.delete(location, "If-Match", "\"2\"").status()).isEqualTo(204);
    awaitTotal(PROVINCE, "2021", city);
    assertThat(total(gateway, DEPARTMENT, "2021")).isEqualTo(department);

    // The central audit trail has all three changes, who made them and what changed.
    String id = location.substring(location.lastIndexOf('/') + 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        gateway
                            .get("/api/audit?unit=" + PROVINCE + "&entityId=" + id)
                            .json()
                            .valueStream()
                            .map(e -> e.get("action").asString()))
                    .containsExactly("WITHDRAWN", "CORRECTED", "RECORDED"));
    var corrected = gateway.get("/api/audit?unit=" + PROVINCE + "&entityId=" + id).json().get(1);
    assertThat(corrected.get("actor").asString()).isEqualTo("loa-ops");
    assertThat(corrected.get("actorUnit").asString()).isEqualTo("hp");
    assertThat(corrected.get("changes").get("quantity").get(1).asLong()).isEqualTo(15);

    // The office's activities and tasks download as spreadsheets through the gateway.
    Http.Response activities =
        gateway.get(
            "/api/activities.csv?unit="
                + Demo.DEPARTMENT_OFFICE
                + "&from=2021-03-10&to=2021-03-10");
    assertThat(activities.status()).as(activities.toString()).isEqualTo(200);
    assertThat(activities.text())
        .startsWith("\uFEFF\"Ngày thực hiện\"")
        .contains("\"10/03/2021\"", "\"Đăng tin CCHC trên Cổng thông tin điện tử Sở\",\"15\"")
        .contains("\"Đã rút\"");
    Http.Response tasks = gateway.get("/api/tasks.xlsx?unit=" + Demo.DEPARTMENT_OFFICE);
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    assertThat(tasks.header("Content-Disposition")).contains(".xlsx");
  }

  @Test
  void events_delivered_again_or_out_of_order_change_nothing() {
    long city = total(gateway, PROVINCE, "2022");
    String location =
        gateway.post("/api/activities", portalPosts(7, "2022-05-02")).header("Location");
    gateway.put(location, portalPosts(9, "2022-05-02"), "If-Match", "\"1\"");
    awaitTotal(PROVINCE, "2022", city + 9);
    String id = location.substring(location.lastIndexOf('/') + 1);
    List<TopicReader.Record> published = eventsOf(id);
    assertThat(published).hasSize(2);

    // The broker delivers version 1 again after version 2, and version 2 twice.
    try (TopicWriter writer = new TopicWriter()) {
      for (TopicReader.Record r : published) {
        writer.send(ActivityEvents.TOPIC.name(), r.key(), r.value());
      }
    }
    // A later correction of the same activity travels behind them on the same partition.
    gateway.put(location, portalPosts(10, "2022-05-02"), "If-Match", "\"2\"");

    awaitTotal(PROVINCE, "2022", city + 10);
    assertThat(eventsOf(id)).hasSize(5);
  }

  @Test
  void the_same_idempotency_key_through_the_gateway_counts_once() {
    long city = total(gateway, PROVINCE, "2023");
    Map<String, Object> body = portalPosts(4, "2023-11-20");

    Http.Response first =
        gateway.post("/api/activities", body, "Idempotency-Key", "sokhcn-2023-11-20-01");
    Http.Response retry =
        gateway.post("/api/activities", body, "Idempotency-Key", "sokhcn-2023-11-20-01");

    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    String location =
        gateway.post("/api/activities", portalPosts(1, "2023-11-21")).header("Location");
    awaitTotal(PROVINCE, "2023", city + 5);
    gateway.delete(location);
    awaitTotal(PROVINCE, "2023", city + 4);
  }

  @Test
  void bad_input_through_the_gateway_is_a_problem_and_changes_nothing() {
    long city = total(gateway, PROVINCE, "2024");

    Http.Response malformed = gateway.post("/api/activities", "{\"unitId\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

    Map<String, Object> unknownUnit = portalPosts(3, "2024-01-10");
    unknownUnit.put("unitId", "xa-khong-co");
    // A unit nobody knows is refused like another province's unit: no answer tells whether a unit
    // exists.
    Http.Response unknown = gateway.post("/api/activities", unknownUnit, "Accept-Language", "en");
    assertThat(unknown.status()).isEqualTo(403);
    assertThat(unknown.json().get("type").asString()).isEqualTo("urn:loa:problem:forbidden");
    assertThat(unknown.text()).doesNotContain("xa-khong-co");

    Map<String, Object> huge = portalPosts(3, "2024-01-10");
    huge.put("title", "x".repeat(100_000));
    assertThat(gateway.post("/api/activities", huge).status()).isEqualTo(413);

    Map<String, Object> zero = portalPosts(0, "2024-01-10");
    assertThat(gateway.post("/api/activities", zero).status()).isEqualTo(400);

    String marker =
        gateway.post("/api/activities", portalPosts(1, "2024-01-11")).header("Location");
    awaitTotal(PROVINCE, "2024", city + 1);
    gateway.delete(marker);
    awaitTotal(PROVINCE, "2024", city);
  }

  @Test
  void the_hierarchy_is_read_through_the_gateway() {
    Http.Response roots = gateway.get("/api/org-units");
    assertThat(roots.status()).isEqualTo(200);
    assertThat(roots.json().valueStream().map(u -> u.get("id").asString())).contains(PROVINCE);
    assertThat(
            gateway
                .get("/api/org-units/" + DEPARTMENT_OFFICE + "/ancestors")
                .json()
                .valueStream()
                .map(u -> u.get("id").asString()))
        .containsExactly(DEPARTMENT, PROVINCE);
  }

  @Test
  void the_city_decision_its_directives_and_compliance_are_read_through_the_gateway() {
    Http.Response decision = gateway.get("/api/plans/hp-qd-3041-2025");
    assertThat(decision.status()).isEqualTo(200);
    assertThat(decision.json().get("number").asString()).isEqualTo("3041/QĐ-UBND");
    var summary = gateway.get("/api/plans/hp-qd-3041-2025/compliance").json().get("summary");
    assertThat(summary.get("addressees").asInt()).isEqualTo(125);
    // The three implementing plans of the demo, and any a browser journey has issued since.
    var compliance = gateway.get("/api/plans/hp-qd-3041-2025/compliance").json();
    List<String> issued = new java.util.ArrayList<>();
    compliance
        .get("units")
        .forEach(
            u -> {
              if (u.get("status").asString().startsWith("ISSUED")) {
                issued.add(u.get("unitId").asString());
              }
            });
    assertThat(summary.get("issued").asInt()).isEqualTo(issued.size());
    // Sở Tư pháp's is the department journey's (ChromiumDepartmentJourneyTest), when it ran first.
    assertThat(issued.stream().filter(u -> !u.equals("hp-stp")))
        .containsExactlyInAnyOrder("hp-skhcn", "hp-sngv", "hp-kim-thanh");
    assertThat(
            gateway.get("/api/directives?unit=hp-kim-thanh").json().get(0).get("status").asString())
        .isEqualTo("ISSUED");
  }

  static List<TopicReader.Record> eventsOf(String activityId) {
    return TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
        .filter(r -> activityId.equals(r.key()))
        .toList();
  }

  @Test
  void an_integrators_token_from_the_identity_service_reaches_its_own_commune_and_nothing_else() {
    Http kimThanh =
        SystemUnderTest.gatewayAs("integrator-kim-thanh", "integrator-kim-thanh-secret");
    assertThat(kimThanh.get("/api/statistics/totals?unit=hp-kim-thanh&period=2025").status())
        .isEqualTo(200);
    Http.Response foreign = kimThanh.get("/api/statistics/totals?unit=hp-x001&period=2025");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.text()).doesNotContain("\"total\"");
    assertThat(kimThanh.get("/api/activities?unit=hp-x001").status()).isEqualTo(403);
    assertThat(kimThanh.get("/api/statistics/totals?unit=hp&period=2025").status()).isEqualTo(403);

    Http.Response anonymous =
        new Http(SystemUnderTest.platform().gatewayUrl())
            .get("/api/statistics/totals?unit=hp-kim-thanh&period=2025");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("type").asString())
        .isEqualTo("urn:loa:problem:unauthenticated");
  }
}
