package vn.loa.task.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Every change of an activity also leaves, in the same write, its entry for the central audit
 * trail: who (the token's subject and unit), what, on which entity of which unit, when, before and
 * after.
 */
@IntegrationTest
class AuditEventsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired vn.loa.task.orgunit.OrgUnitDirectory directory;

  String commune;
  Http officer;

  @BeforeEach
  void aCommune() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    var province = units.province("tp");
    var xa = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, xa);
    commune = xa.id();
    officer = Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", commune));
    // The service learns of the units from their events: until it has, the commune is out of
    // everyone's scope (403).
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune).isPresent());
  }

  List<JsonNode> auditOf(String activityId) {
    return TopicReader.readAll(AuditEvents.FROM_TASK_SERVICE.name()).stream()
        .filter(r -> activityId.equals(r.key()))
        .map(r -> JSON.readTree(r.value()))
        .toList();
  }

  @Test
  void
      recording_correcting_and_withdrawing_each_leave_one_audit_entry_with_the_actor_and_the_change() {
    Map<String, Object> activity =
        Map.of(
            "unitId",
            commune,
            "category",
            "BROADCAST",
            "occurredOn",
            "2025-10-10",
            "title",
            "Phát thanh CCHC",
            "quantity",
            3);
    Http.Response created = officer.post("/api/activities", activity);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().get("id").asString();
    Map<String, Object> corrected = new java.util.HashMap<>(activity);
    corrected.put("quantity", 5);
    assertThat(officer.put("/api/activities/" + id, corrected, "If-Match", "\"1\"").status())
        .isEqualTo(200);
    assertThat(officer.delete("/api/activities/" + id, "If-Match", "\"2\"").status())
        .isEqualTo(204);

    await().atMost(Duration.ofSeconds(20)).until(() -> auditOf(id).size() >= 3);
    List<JsonNode> entries = auditOf(id);
    assertThat(entries).hasSize(3);
    assertThat(entries.stream().map(e -> e.get("type").asString()))
        .containsOnly("loa.audit.recorded");
    List<JsonNode> data = entries.stream().map(e -> e.get("data")).toList();
    assertThat(data.stream().map(d -> d.get("action").asString()))
        .containsExactly("RECORDED", "CORRECTED", "WITHDRAWN");
    assertThat(data.stream().map(d -> d.get("version").asLong())).containsExactly(1L, 2L, 3L);
    JsonNode correction = data.get(1);
    assertThat(correction.get("id").asString()).isEqualTo("task-service:activity:" + id + ":2");
    assertThat(correction.get("entityType").asString()).isEqualTo("activity");
    assertThat(correction.get("unitId").asString()).isEqualTo(commune);
    assertThat(correction.get("actor").asString()).isEqualTo("commune_officer@" + commune);
    assertThat(correction.get("actorUnit").asString()).isEqualTo(commune);
    assertThat(correction.get("changes").get("quantity").get(0).asLong()).isEqualTo(3);
    assertThat(correction.get("changes").get("quantity").get(1).asLong()).isEqualTo(5);
  }

  @Test
  void a_refused_change_leaves_no_audit_entry() {
    String foreignCommune = "xa-khac-" + commune;
    Http.Response refused =
        officer.post(
            "/api/activities",
            Map.of(
                "unitId",
                commune,
                "category",
                "BROADCAST",
                "occurredOn",
                "2025-10-10",
                "title",
                "Số lượng sai",
                "quantity",
                0));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(
            TopicReader.readAll(AuditEvents.FROM_TASK_SERVICE.name()).stream()
                .map(TopicReader.Record::value))
        .noneMatch(v -> v.contains("Số lượng sai") || v.contains(foreignCommune));
  }
}
