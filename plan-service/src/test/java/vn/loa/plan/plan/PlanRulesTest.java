package vn.loa.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.plan.support.PlanFixtures.assignment;
import static vn.loa.plan.support.PlanFixtures.citing;
import static vn.loa.plan.support.PlanFixtures.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;

/**
 * Every rule of a plan: a problem naming the field, in Vietnamese and English, and nothing changes.
 */
@IntegrationTest
class PlanRulesTest extends PlanServiceTest {

  void refused(int status, String field, String code, Map<String, Object> body) {
    int before = http.get("/api/plans?issuer=" + body.get("issuerId")).json().size();
    Http.Response r = fx.draft(body);
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().get("errors").valueStream())
        .as(r.toString())
        .anySatisfy(
            e -> {
              assertThat(e.get("field").asString()).isEqualTo(field);
              assertThat(e.get("code").asString()).isEqualTo(code);
            });
    assertThat(http.get("/api/plans?issuer=" + body.get("issuerId")).json().size())
        .isEqualTo(before);
  }

  Map<String, Object> communePlan(Consumer<Map<String, Object>> change) {
    Map<String, Object> p = plan(fx.commune, "Kế hoạch xã");
    change.accept(p);
    return p;
  }

  @Test
  void a_plan_may_cite_only_plans_of_its_issuer_or_its_ancestors() {
    String city = fx.issue(plan(fx.province, "Kế hoạch thành phố"));
    String otherCommune = fx.issue(plan(fx.otherCommune, "Kế hoạch xã khác"));
    String draft = fx.draft(plan(fx.province, "Dự thảo")).json().get("id").asString();

    assertThat(fx.draft(communePlan(p -> p.put("basis", List.of(citing(city))))).status())
        .isEqualTo(201);
    refused(
        422,
        "basis[0].planId",
        "not-ancestor-plan",
        communePlan(p -> p.put("basis", List.of(citing(otherCommune)))));
    refused(
        422,
        "basis[0].planId",
        "plan-not-in-force",
        communePlan(p -> p.put("basis", List.of(citing(draft)))));
    refused(
        422,
        "basis[0].planId",
        "unknown-plan",
        communePlan(p -> p.put("basis", List.of(citing("p-none")))));
    refused(
        400,
        "basis[0].citation",
        "required",
        communePlan(p -> p.put("basis", List.of(Map.of("planId", city)))));
  }

  @Test
  void duties_and_directives_go_only_to_the_issuers_own_units() {
    refused(
        422,
        "assignments[0].unitId",
        "not-own-unit",
        communePlan(p -> p.put("assignments", List.of(assignment(fx.departmentOffice, "LEAD")))));
    refused(
        422,
        "addressees[0]",
        "not-own-unit",
        communePlan(p -> p.put("addressees", List.of(fx.otherCommune))));
    refused(
        422,
        "addressees[0]",
        "unknown-unit",
        communePlan(p -> p.put("addressees", List.of("nowhere"))));
    Map<String, Object> city = plan(fx.province, "Kế hoạch thành phố");
    city.put("addressees", List.of(fx.department, fx.commune, fx.communeOffice));
    refused(422, "addressees[2]", "not-own-unit", city);
  }

  @Test
  void malformed_parts_are_400_with_every_field_named() {
    refused(
        400,
        "coverage.to",
        "before-from",
        communePlan(p -> p.put("coverage", Map.of("from", "2025-12-31", "to", "2025-07-01"))));
    refused(400, "type", "one-of", communePlan(p -> p.put("type", "CONG_VAN")));
    refused(400, "title", "required", communePlan(p -> p.remove("title")));
    refused(400, "issuerId", "unknown-unit", communePlan(p -> p.put("issuerId", "nowhere")));
    refused(
        400,
        "assignments[0].role",
        "one-of",
        communePlan(
            p ->
                p.put(
                    "assignments",
                    List.of(
                        Map.of(
                            "unitId",
                            fx.communeOffice,
                            "role",
                            "BOSS",
                            "duties",
                            List.of("x"),
                            "due",
                            Map.of("kind", "CONTINUOUS"))))));
    refused(
        400,
        "assignments[0].due.every",
        "required",
        communePlan(
            p ->
                p.put(
                    "assignments",
                    List.of(
                        Map.of(
                            "unitId",
                            fx.communeOffice,
                            "role",
                            "LEAD",
                            "duties",
                            List.of("x"),
                            "due",
                            Map.of("kind", "RECURRING"))))));
    refused(
        400,
        "forms[0].categories[0]",
        "category-code",
        communePlan(
            p ->
                p.put(
                    "forms",
                    List.of(
                        Map.of("text", "Phát thanh", "categories", List.of("broadcast; drop"))))));
    refused(
        400,
        "reporting.deadlineRule.day",
        "range",
        communePlan(
            p ->
                p.put(
                    "reporting",
                    Map.of(
                        "windows",
                        List.of("QUARTERLY"),
                        "deadlineRule",
                        Map.of("kind", "BEFORE_DAY_OF_LAST_MONTH", "day", 40)))));
    refused(
        400,
        "reporting.receiverIds[1]",
        "unknown-unit",
        communePlan(
            p ->
                p.put(
                    "reporting",
                    Map.of(
                        "windows",
                        List.of("QUARTERLY"),
                        "receiverIds",
                        List.of(fx.province, "nowhere")))));
    refused(
        400,
        "reporting.owedBy[0]",
        "one-of",
        communePlan(
            p ->
                p.put(
                    "reporting",
                    Map.of("windows", List.of("QUARTERLY"), "owedBy", List.of("EVERYONE")))));
    refused(
        400,
        "reporting.recipients[0]",
        "required",
        communePlan(
            p ->
                p.put(
                    "reporting",
                    Map.of("windows", List.of("QUARTERLY"), "recipients", List.of(" ")))));
    refused(
        400,
        "implementationDeadline",
        "before-issued",
        communePlan(p -> p.put("implementationDeadline", "2025-07-01")));
    refused(400, "issuedOn", "type", communePlan(p -> p.put("issuedOn", "31/7/2025")));
    refused(
        400,
        "targets[0].indicatorCode",
        "indicator-code",
        communePlan(
            p ->
                p.put(
                    "targets",
                    List.of(
                        Map.of(
                            "indicator",
                            "Tin, bài",
                            "value",
                            "24 tin, bài",
                            "indicatorCode",
                            "1.2; drop",
                            "quantity",
                            24)))));
    refused(
        400,
        "targets[0].quantity",
        "range",
        communePlan(
            p ->
                p.put(
                    "targets",
                    List.of(
                        Map.of(
                            "indicator",
                            "Tin, bài",
                            "value",
                            "24 tin, bài",
                            "indicatorCode",
                            "1.2",
                            "quantity",
                            -1)))));
    refused(
        400,
        "targets[0].indicatorCode",
        "indicator-for-quantity",
        communePlan(
            p ->
                p.put(
                    "targets",
                    List.of(
                        Map.of("indicator", "Tin, bài", "value", "24 tin, bài", "quantity", 24)))));
  }

  @Test
  void the_accepted_values_are_named_in_words_with_the_value_to_send() {
    Map<String, Object> body =
        communePlan(
            p -> {
              p.put("type", "CONG_VAN");
              p.put(
                  "assignments",
                  List.of(
                      Map.of(
                          "unitId",
                          fx.communeOffice,
                          "role",
                          "BOSS",
                          "duties",
                          List.of("x"),
                          "due",
                          Map.of("kind", "CONTINUOUS"))));
            });
    JsonNode vi = fx.draft(body).json().get("errors");
    assertThat(vi.valueStream().map(e -> e.get("message").asString()))
        .contains(
            "Loại phải là một trong các giá trị: kế hoạch (KE_HOACH), quyết định (QUYET_DINH).")
        .anySatisfy(
            m ->
                assertThat(m)
                    .endsWith(
                        "phải là một trong các giá trị: chủ trì (LEAD), phối hợp (COOPERATING)."));
    JsonNode en = fx.draft(body, "Accept-Language", "en").json().get("errors");
    assertThat(en.valueStream().map(e -> e.get("message").asString()))
        .anySatisfy(
            m -> assertThat(m).endsWith("must be one of: lead (LEAD), cooperating (COOPERATING)."));
  }

  @Test
  void every_refused_part_of_a_plan_is_named_in_words_not_as_a_path() {
    Map<String, Object> body =
        communePlan(
            p -> {
              p.put(
                  "assignments",
                  List.of(
                      Map.of(
                          "unitId",
                          fx.communeOffice,
                          "role",
                          "LEAD",
                          "duties",
                          List.of("x"),
                          "due",
                          Map.of("kind", "DATE")),
                      Map.of(
                          "unitId",
                          fx.communeOffice,
                          "role",
                          "LEAD",
                          "duties",
                          List.of("x"),
                          "due",
                          Map.of("kind", "RECURRING", "every", "WEEKLY"))));
              p.put("forms", List.of(Map.of("text", "Tin, bài", "categories", List.of("tin bai"))));
              p.put(
                  "reporting",
                  Map.of(
                      "windows",
                      List.of("WEEKLY"),
                      "owedBy",
                      List.of("EVERYONE"),
                      "deadlineRule",
                      Map.of("kind", "BEFORE_DAY_OF_LAST_MONTH", "day", 40)));
              p.put("appendix", List.of(Map.of("task", "Hội nghị", "due", Map.of("kind", "DATE"))));
            });
    for (String language : List.of("vi", "en")) {
      Http.Response r = fx.draft(body, "Accept-Language", language);
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      JsonNode errors = r.json().get("errors");
      assertThat(errors.valueStream().map(e -> e.get("field").asString()))
          .contains(
              "assignments[0].due.date",
              "assignments[1].due.every",
              "forms[0].categories[0]",
              "reporting.windows[0]",
              "reporting.owedBy[0]",
              "reporting.deadlineRule.day",
              "appendix[0].due.date");
      // The person reads what is wrong in words: no message shows a field's path or a bare code.
      assertThat(errors.valueStream())
          .allSatisfy(
              e ->
                  assertThat(e.get("message").asString())
                      .as(e.get("field").asString())
                      .doesNotContain("[", "].", "due.", "reporting.", "deadlineRule"));
    }
  }

  @Test
  void issuing_needs_the_identity_of_a_formal_document() {
    Map<String, Object> incomplete = plan(fx.commune, "Chưa có số");
    incomplete.remove("number");
    incomplete.remove("issuedOn");
    String id = fx.draft(incomplete).json().get("id").asString();

    Http.Response issue =
        fx.issuerOf(id).post("/api/plans/" + id + "/issue", null, "Accept-Language", "en");

    assertThat(issue.status()).isEqualTo(400);
    JsonNode errors = issue.json().get("errors");
    assertThat(errors.valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("number", "issuedOn");
    assertThat(errors.get(0).get("message").asString()).endsWith("is required.");
    assertThat(http.get("/api/plans/" + id).json().get("status").asString()).isEqualTo("DRAFT");
  }

  @Test
  void the_issuer_of_an_amendment_cannot_change_and_an_unknown_plan_is_404() {
    String id = fx.issue(plan(fx.commune, "Kế hoạch"));
    Map<String, Object> moved = plan(fx.otherCommune, "Kế hoạch");
    Http.Response amend =
        fx.issuerOf(id).post("/api/plans/" + id + "/amendments", moved, "If-Match", "\"2\"");
    assertThat(amend.status()).isEqualTo(400);
    assertThat(amend.json().get("errors").get(0).get("field").asString()).isEqualTo("issuerId");

    assertThat(http.get("/api/plans/p-missing").status()).isEqualTo(404);
    assertThat(http.post("/api/plans/p-missing/issue", null).status()).isEqualTo(404);
    assertThat(http.get("/api/plans/" + id + "/revisions/9").status()).isEqualTo(404);
    assertThat(http.get("/api/plans?year=abc").status()).isEqualTo(400);
    assertThat(fx.issuerOf(id).post("/api/plans/" + id + "/revoke", Map.of()).status())
        .isEqualTo(400);
    assertThat(http.post("/api/plans", "{\"title\": ").status()).isEqualTo(400);
  }
}
