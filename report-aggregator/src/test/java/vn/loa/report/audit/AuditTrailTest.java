package vn.loa.report.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.audit.AuditRecorded;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.reporting.Obligations;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicWriter;

/**
 * The central audit trail: every audited change once, append-only, for the city administrator only.
 */
@IntegrationTest
class AuditTrailTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgTree tree;
  @Autowired Obligations obligations;

  Fixtures fx;
  String city;
  String commune;
  String foreign;
  Http admin;

  @BeforeEach
  void aCity() {
    fx = new Fixtures(codec).publishHierarchy();
    city = fx.province.id();
    commune = fx.commune.id();
    foreign = "c2-" + fx.suffix;
    fx.publish(
        new OrgUnitChanged(
            foreign, "C2", "Xã khác", "COMMUNE", city, LocalDate.of(2000, 1, 1), null, null, 1));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tree.path(foreign).size() == 2 && tree.path(fx.unit.id()).size() == 3);
    admin = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", city));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  void publish(AuditRecorded entry) {
    try (TopicWriter writer = new TopicWriter()) {
      writer.send(
          AuditEvents.FROM_TASK_SERVICE.name(),
          entry.entityId(),
          codec.encode(
              codec.envelope(
                  AuditEvents.RECORDED_BY_TASK_SERVICE,
                  entry.entityId(),
                  entry.version(),
                  entry,
                  Instant.now())));
    }
  }

  static AuditRecorded change(String unit, String entity, long version, String action, Instant at) {
    return new AuditRecorded(
        AuditRecorded.idOf("task-service", "activity", entity, version),
        "task-service",
        "activity",
        entity,
        unit,
        version,
        action,
        "integrator-" + unit,
        unit,
        at,
        Map.of("quantity", java.util.Arrays.asList(version == 1 ? null : 3, 5)));
  }

  JsonNode trail(Http http, String query) {
    Http.Response r = http.get("/api/audit?" + query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  @Test
  void each_change_is_kept_once_newest_first_and_scoped_to_the_unit_asked_for() {
    Instant t = Instant.parse("2025-10-10T03:00:00Z");
    AuditRecorded first = change(fx.unit.id(), "a-1-" + fx.suffix, 1, "RECORDED", t);
    AuditRecorded second =
        change(fx.unit.id(), "a-1-" + fx.suffix, 2, "CORRECTED", t.plusSeconds(60));
    AuditRecorded elsewhere = change(foreign, "a-2-" + fx.suffix, 1, "RECORDED", t.plusSeconds(30));
    publish(first);
    publish(second);
    publish(elsewhere);
    publish(first); // delivered again
    await().atMost(Duration.ofSeconds(20)).until(() -> trail(admin, "unit=" + city).size() == 3);

    JsonNode communeTrail = trail(admin, "unit=" + commune);
    assertThat(communeTrail.valueStream().map(e -> e.get("action").asString()))
        .containsExactly("CORRECTED", "RECORDED");
    JsonNode corrected = communeTrail.get(0);
    assertThat(corrected.get("actor").asString()).isEqualTo("integrator-" + fx.unit.id());
    assertThat(corrected.get("actorUnit").asString()).isEqualTo(fx.unit.id());
    assertThat(corrected.get("entityId").asString()).isEqualTo("a-1-" + fx.suffix);
    assertThat(corrected.get("changes").get("quantity").get(1).asLong()).isEqualTo(5);
    assertThat(trail(admin, "unit=" + foreign).size()).isEqualTo(1);
    assertThat(trail(admin, "unit=" + city + "&entityId=a-1-" + fx.suffix).size()).isEqualTo(2);
    assertThat(trail(admin, "unit=" + city + "&from=2025-10-11").size()).isZero();
    assertThat(trail(admin, "unit=" + city + "&size=1").size()).isEqualTo(1);
  }

  @Test
  void report_changes_reach_the_trail_with_who_made_them() {
    PlanContent.Reporting quarterly =
        new PlanContent.Reporting(
            List.of("QUARTERLY"),
            new PlanContent.DeadlineRule("BEFORE_DAY_OF_LAST_MONTH", 20, null),
            List.of("UBND"));
    fx.publishPlan(fx.province.id(), "2026-07-01", "2027-06-30", quarterly, commune);
    await().atMost(Duration.ofSeconds(20)).until(() -> !obligations.of(commune).isEmpty());
    Http officer = Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", commune));
    String id =
        officer
            .get("/api/reports?unit=" + commune + "&window=2026Q4")
            .json()
            .get(0)
            .get("id")
            .asString();
    assertThat(
            officer
                .put("/api/reports/" + id, Map.of("results", "Phát thanh 6 chuyên mục"))
                .status())
        .isEqualTo(200);
    assertThat(officer.post("/api/reports/" + id + "/submit", null).status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> trail(admin, "unit=" + commune + "&entityType=report").size() == 2);
    JsonNode submitted = trail(admin, "unit=" + commune + "&entityType=report").get(0);
    assertThat(submitted.get("action").asString()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("service").asString()).isEqualTo("report-aggregator");
    assertThat(submitted.get("actor").asString()).isEqualTo("commune_officer@" + commune);
    assertThat(submitted.get("actorUnit").asString()).isEqualTo(commune);
    assertThat(submitted.get("changes").get("status").get(1).asString()).isEqualTo("SUBMITTED");
  }

  @Test
  void only_the_city_administrator_reads_the_trail_and_only_within_the_city() {
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("CITY_VIEWER", city))
                .get("/api/audit?unit=" + city)
                .status())
        .isEqualTo(403);
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("COMMUNE_OFFICER", commune))
                .get("/api/audit?unit=" + commune)
                .status())
        .isEqualTo(403);
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("CITY_ADMIN", foreign))
                .get("/api/audit?unit=" + city)
                .status())
        .isEqualTo(403);
    assertThat(Http.localhost(port).get("/api/audit?unit=" + city).status()).isEqualTo(401);
  }

  @Test
  void bad_queries_are_problems() {
    assertThat(admin.get("/api/audit?unit=" + city + "&size=0").status()).isEqualTo(400);
    assertThat(admin.get("/api/audit?unit=" + city + "&size=501").status()).isEqualTo(400);
    assertThat(admin.get("/api/audit?unit=" + city + "&page=-1").status()).isEqualTo(400);
    assertThat(admin.get("/api/audit?unit=" + city + "&from=2025-10-11&to=2025-10-01").status())
        .isEqualTo(400);
    assertThat(admin.get("/api/audit?unit=" + city + "&from=yesterday").status()).isEqualTo(400);
    // A unit nobody knows is refused like another's (403): the answer tells nothing about
    // existence.
    assertThat(admin.get("/api/audit?unit=nowhere").status()).isEqualTo(403);
  }
}
