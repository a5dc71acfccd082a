package vn.loa.plan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.plan.support.PlanFixtures.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TopicReader;

/** Plans and org units leave their changes for the central audit trail, with who made them. */
@IntegrationTest
class AuditEventsTest extends PlanServiceTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  List<JsonNode> auditOf(String entityId) {
    return TopicReader.readAll(AuditEvents.FROM_PLAN_SERVICE.name()).stream()
        .filter(r -> entityId.equals(r.key()))
        .map(r -> JSON.readTree(r.value()).get("data"))
        .toList();
  }

  @Test
  void
      a_plan_drafted_edited_issued_and_revoked_leaves_one_entry_per_change_by_its_issuers_official() {
    Map<String, Object> body = plan(fx.commune, "Kế hoạch tuyên truyền CCHC");
    String id = fx.draft(body).json().get("id").asString();
    body.put("title", "Kế hoạch tuyên truyền CCHC năm 2025");
    Http official = fx.official(fx.commune);
    assertThat(official.put("/api/plans/" + id, body, "If-Match", "\"1\"").status()).isEqualTo(200);
    assertThat(official.post("/api/plans/" + id + "/issue", null).status()).isEqualTo(200);
    assertThat(official.post("/api/plans/" + id + "/revoke", Map.of("reason", "Thay thế")).status())
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> auditOf(id).size() >= 4);
    List<JsonNode> entries = auditOf(id);
    assertThat(entries.stream().map(e -> e.get("action").asString()))
        .containsExactly("DRAFTED", "EDITED", "ISSUED", "REVOKED");
    assertThat(entries.stream().map(e -> e.get("version").asLong()))
        .containsExactly(1L, 2L, 3L, 4L);
    JsonNode edited = entries.get(1);
    assertThat(edited.get("entityType").asString()).isEqualTo("plan");
    assertThat(edited.get("unitId").asString()).isEqualTo(fx.commune);
    assertThat(edited.get("actor").asString()).isEqualTo("commune_officer@" + fx.commune);
    assertThat(edited.get("actorUnit").asString()).isEqualTo(fx.commune);
    assertThat(edited.get("changes").get("title").get(1).asString())
        .isEqualTo("Kế hoạch tuyên truyền CCHC năm 2025");
    assertThat(entries.get(3).get("changes").get("status").get(1).asString()).isEqualTo("REVOKED");
  }

  @Test
  void an_org_unit_created_and_renamed_by_the_city_administrator_is_audited_under_itself() {
    String unit = "new-" + fx.s;
    assertThat(
            fx.http
                .post(
                    "/api/org-units",
                    Map.of(
                        "id",
                        unit,
                        "code",
                        "NEW-" + fx.s,
                        "name",
                        "Tổ công tác",
                        "type",
                        "UNIT",
                        "parentId",
                        fx.commune,
                        "validFrom",
                        "2025-01-01"))
                .status())
        .isEqualTo(201);
    assertThat(
            fx.http
                .patch(
                    "/api/org-units/" + unit,
                    Map.of("name", "Tổ công tác CCHC"),
                    "If-Match",
                    "\"1\"")
                .status())
        .isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> auditOf(unit).size() >= 2);
    List<JsonNode> entries = auditOf(unit);
    assertThat(entries.stream().map(e -> e.get("action").asString()))
        .containsExactly("CREATED", "RENAMED");
    assertThat(entries.get(1).get("entityType").asString()).isEqualTo("org-unit");
    assertThat(entries.get(1).get("unitId").asString()).isEqualTo(unit);
    assertThat(entries.get(1).get("actor").asString()).isEqualTo("city_admin@" + fx.province);
    assertThat(entries.get(1).get("changes").get("name").get(0).asString())
        .isEqualTo("Tổ công tác");
  }
}
