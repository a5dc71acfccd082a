package vn.loa.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.plan.support.PlanFixtures.assignment;
import static vn.loa.plan.support.PlanFixtures.plan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TopicReader;

@IntegrationTest
class PlanLifecycleTest extends PlanServiceTest {

  @Autowired EventCodec codec;

  Map<String, Object> departmentPlan(String title) {
    Map<String, Object> p = plan(fx.department, title);
    p.put("assignments", List.of(assignment(fx.departmentOffice, "LEAD")));
    return p;
  }

  @Test
  void draft_edit_issue_amend_revoke_each_published_with_the_full_revision() {
    Http.Response draft = fx.draft(departmentPlan("Dự thảo"));
    assertThat(draft.status()).isEqualTo(201);
    String id = draft.json().get("id").asString();
    assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
    assertThat(draft.header("Location")).isEqualTo("/api/plans/" + id);

    Http.Response edited =
        fx.issuerOf(id)
            .put(
                "/api/plans/" + id,
                departmentPlan("Tuyên truyền CCHC 6 tháng cuối năm 2025"),
                "If-Match",
                "\"1\"");
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().get("title").asString())
        .isEqualTo("Tuyên truyền CCHC 6 tháng cuối năm 2025");

    Http.Response issued =
        fx.issuerOf(id).post("/api/plans/" + id + "/issue", null, "If-Match", "\"2\"");
    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
    assertThat(issued.json().get("revision").asInt()).isEqualTo(1);

    Map<String, Object> amended =
        departmentPlan("Tuyên truyền CCHC 6 tháng cuối năm 2025 (sửa đổi)");
    amended.put("number", "61/KH-SKHCN");
    Http.Response amendment =
        fx.issuerOf(id).post("/api/plans/" + id + "/amendments", amended, "If-Match", "\"3\"");
    assertThat(amendment.status()).as(amendment.toString()).isEqualTo(200);
    assertThat(amendment.json().get("revision").asInt()).isEqualTo(2);
    assertThat(amendment.json().get("number").asString()).isEqualTo("61/KH-SKHCN");
    JsonNode first = http.get("/api/plans/" + id + "/revisions/1").json();
    assertThat(first.get("title").asString()).isEqualTo("Tuyên truyền CCHC 6 tháng cuối năm 2025");
    assertThat(first.get("number").asString()).isEqualTo("58/KH-" + fx.department);

    Http.Response revoked =
        fx.issuerOf(id)
            .post(
                "/api/plans/" + id + "/revoke",
                Map.of("reason", "Thay thế bằng kế hoạch năm 2026"));
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");

    // The events as a consumer decodes them: type, revision, status and content, in order.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        TopicReader.readAll(PlanEvents.TOPIC.name()).stream()
                            .filter(r -> id.equals(r.key()))
                            .map(r -> codec.decode(r.value().getBytes(StandardCharsets.UTF_8))))
                    .satisfiesExactly(
                        e -> {
                          PlanSnapshot p = codec.data(e, PlanEvents.ISSUED);
                          assertThat(p.revision()).isEqualTo(1);
                          assertThat(p.status()).isEqualTo("ISSUED");
                          assertThat(p.content().assignments().getFirst().unitId())
                              .isEqualTo(fx.departmentOffice);
                          assertThat(e.aggregateVersion()).isEqualTo(p.version());
                        },
                        e -> {
                          PlanSnapshot p = codec.data(e, PlanEvents.AMENDED);
                          assertThat(p.revision()).isEqualTo(2);
                          assertThat(p.content().number()).isEqualTo("61/KH-SKHCN");
                        },
                        e -> {
                          PlanSnapshot p = codec.data(e, PlanEvents.REVOKED);
                          assertThat(p.status()).isEqualTo("REVOKED");
                          assertThat(p.revision()).as("revoking is not a revision").isEqualTo(2);
                        }));
    // Contract: every event plan-service wrote is as docs/schemas describes it, envelope and data.
    for (String topic :
        List.of(
            PlanEvents.TOPIC.name(),
            vn.loa.contracts.orgunit.OrgUnitEvents.TOPIC.name(),
            vn.loa.contracts.audit.AuditEvents.FROM_PLAN_SERVICE.name())) {
      assertThat(vn.loa.testsupport.EventSchemas.violations(topic)).as(topic).isEmpty();
    }
  }

  @Test
  void an_issued_revision_cannot_be_edited_and_a_revoked_plan_cannot_be_amended() {
    String id = fx.issue(departmentPlan("Kế hoạch đã ban hành"));

    Http.Response edit =
        fx.issuerOf(id).put("/api/plans/" + id, departmentPlan("Sửa lén"), "If-Match", "\"2\"");
    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.json().get("type").asString()).isEqualTo("urn:loa:problem:plan-not-draft");
    // The status in words, never its code.
    assertThat(edit.json().get("detail").asString())
        .contains("đang ở trạng thái đã ban hành")
        .doesNotContain("ISSUED");
    Http.Response inEnglish =
        fx.issuerOf(id)
            .put(
                "/api/plans/" + id,
                departmentPlan("Sửa lén"),
                "If-Match",
                "\"2\"",
                "Accept-Language",
                "en");
    assertThat(inEnglish.json().get("detail").asString())
        .contains("issued")
        .doesNotContain("ISSUED");
    assertThat(fx.issuerOf(id).post("/api/plans/" + id + "/issue", null).status()).isEqualTo(409);

    fx.issuerOf(id).post("/api/plans/" + id + "/revoke", Map.of("reason", "Hết hiệu lực"));
    Http.Response amend =
        fx.issuerOf(id)
            .post(
                "/api/plans/" + id + "/amendments", departmentPlan("Sửa đổi"), "If-Match", "\"3\"");
    assertThat(amend.status()).isEqualTo(409);
    assertThat(amend.json().get("type").asString()).isEqualTo("urn:loa:problem:plan-revoked");
    assertThat(
            fx.issuerOf(id)
                .post("/api/plans/" + id + "/revoke", Map.of("reason", "Lần nữa"))
                .status())
        .isEqualTo(409);
    assertThat(http.get("/api/plans/" + id).json().get("title").asString())
        .isEqualTo("Kế hoạch đã ban hành");
  }

  @Test
  void concurrent_edits_are_refused_with_412_and_a_missing_version_with_428() {
    String id = fx.draft(departmentPlan("Dự thảo")).json().get("id").asString();
    assertThat(
            fx.issuerOf(id)
                .put("/api/plans/" + id, departmentPlan("Người thứ nhất"), "If-Match", "\"1\"")
                .status())
        .isEqualTo(200);

    Http.Response second =
        fx.issuerOf(id)
            .put("/api/plans/" + id, departmentPlan("Người thứ hai"), "If-Match", "\"1\"");
    assertThat(second.status()).isEqualTo(412);
    assertThat(fx.issuerOf(id).put("/api/plans/" + id, departmentPlan("Không phiên bản")).status())
        .isEqualTo(428);
    assertThat(
            fx.issuerOf(id).post("/api/plans/" + id + "/issue", null, "If-Match", "\"1\"").status())
        .isEqualTo(412);
    assertThat(http.get("/api/plans/" + id).json().get("title").asString())
        .isEqualTo("Người thứ nhất");
  }

  @Test
  void a_draft_with_the_same_idempotency_key_is_created_once() {
    Map<String, Object> body = departmentPlan("Một lần");
    Http.Response first = fx.draft(body, "Idempotency-Key", "kh-" + fx.s);
    Http.Response again = fx.draft(body, "Idempotency-Key", "kh-" + fx.s);
    assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    assertThat(fx.draft(departmentPlan("Khác"), "Idempotency-Key", "kh-" + fx.s).status())
        .isEqualTo(409);
    assertThat(http.get("/api/plans?issuer=" + fx.department).json().size()).isEqualTo(1);
  }

  @Test
  void an_issuers_plans_are_listed_by_year() {
    fx.issue(departmentPlan("Năm 2025"));
    Map<String, Object> next = departmentPlan("Năm 2026");
    next.put("coverage", Map.of("from", "2026-01-01", "to", "2026-12-31"));
    next.put("issuedOn", "2025-12-20");
    fx.issue(next);

    assertThat(
            http.get("/api/plans?issuer=" + fx.department + "&year=2026")
                .json()
                .valueStream()
                .map(p -> p.get("title").asString()))
        .containsExactly("Năm 2026");
    assertThat(http.get("/api/plans?issuer=" + fx.department).json().size()).isEqualTo(2);
  }
}
