package vn.loa.plan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.plan.support.PlanFixtures.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Plans, directives and the hierarchy × role × own and foreign unit: only the issuer's officials
 * draft, edit, issue, amend and revoke its plans; a draft is seen by the issuer's subtree only; an
 * issued plan also by the units below its issuer; foreign data is 403 with nothing of it in the
 * body; only the city administrator changes the hierarchy; bad tokens are 401 at the service
 * itself.
 */
@IntegrationTest
class AccessMatrixTest extends PlanServiceTest {

  Http as(String role, String unit) {
    return Http.localhost(port).as(TestIdentity.token(role, unit));
  }

  @Test
  void only_the_issuers_own_officials_draft_and_issue_its_plans() {
    Map<String, Object> communePlan = plan(fx.commune, "Kế hoạch tuyên truyền CCHC của xã");
    List<Http> strangers =
        List.of(
            as("COMMUNE_OFFICER", fx.otherCommune),
            as("CITY_ADMIN", fx.province),
            as("CITY_VIEWER", fx.province),
            as("INTEGRATOR", fx.commune),
            as("UNIT_OFFICER", fx.communeOffice));
    for (Http stranger : strangers) {
      Http.Response r = stranger.post("/api/plans", communePlan);
      assertThat(r.status()).as(r.toString()).isEqualTo(403);
    }
    assertThat(fx.http.get("/api/plans?issuer=" + fx.commune).json().size()).isZero();

    String id = fx.draft(communePlan).json().get("id").asString();
    for (Http stranger : strangers) {
      assertThat(stranger.post("/api/plans/" + id + "/issue", null).status()).isEqualTo(403);
      assertThat(stranger.put("/api/plans/" + id, communePlan, "If-Match", "\"1\"").status())
          .isEqualTo(403);
    }
    assertThat(fx.official(fx.commune).post("/api/plans/" + id + "/issue", null).status())
        .isEqualTo(200);
    for (Http stranger : strangers) {
      assertThat(
              stranger
                  .post("/api/plans/" + id + "/amendments", communePlan, "If-Match", "\"2\"")
                  .status())
          .isEqualTo(403);
      assertThat(
              stranger
                  .post("/api/plans/" + id + "/revoke", Map.of("reason", "Không được"))
                  .status())
          .isEqualTo(403);
    }
    assertThat(fx.http.get("/api/plans/" + id).json().get("status").asString()).isEqualTo("ISSUED");
  }

  @Test
  void a_draft_is_seen_by_the_issuers_subtree_and_an_issued_plan_also_by_the_units_below_it() {
    Map<String, Object> cityPlan = plan(fx.province, "Kế hoạch thành phố");
    cityPlan.put("addressees", List.of(fx.commune, fx.otherCommune));
    String draft = fx.draft(cityPlan).json().get("id").asString();
    String communeDraft = fx.draft(plan(fx.commune, "Dự thảo của xã")).json().get("id").asString();

    List<String> failures = new ArrayList<>();
    // A commune officer sees its own draft, not the city's draft, not another commune's draft.
    Http commune = as("COMMUNE_OFFICER", fx.commune);
    expect(failures, commune.get("/api/plans/" + communeDraft), 200);
    expect(failures, commune.get("/api/plans/" + draft), 403);
    expect(failures, as("COMMUNE_OFFICER", fx.otherCommune).get("/api/plans/" + communeDraft), 403);
    expect(
        failures,
        as("COMMUNE_OFFICER", fx.otherCommune).get("/api/plans/" + communeDraft + "/revisions/1"),
        403);
    assertThat(commune.get("/api/plans?issuer=" + fx.province).json().size()).isZero();

    fx.official(fx.province).post("/api/plans/" + draft + "/issue", null);
    expect(failures, commune.get("/api/plans/" + draft), 200);
    expect(failures, commune.get("/api/plans/" + draft + "/compliance"), 403);
    expect(
        failures, as("CITY_VIEWER", fx.province).get("/api/plans/" + draft + "/compliance"), 200);
    assertThat(commune.get("/api/plans?issuer=" + fx.province).json().size()).isEqualTo(1);
    expect(failures, commune.get("/api/directives?unit=" + fx.commune), 200);
    expect(failures, commune.get("/api/directives?unit=" + fx.otherCommune), 403);
    expect(
        failures,
        as("UNIT_OFFICER", fx.communeOffice).get("/api/directives?unit=" + fx.commune),
        403);
    // A unit of another city sees nothing of this one.
    expect(failures, as("CITY_ADMIN", "hp").get("/api/plans/" + draft), 403);
    assertThat(failures).isEmpty();
  }

  static void expect(List<String> failures, Http.Response r, int status) {
    if (r.status() != status
        || (status == 403
            && (!r.text().contains("urn:loa:problem:forbidden")
                || r.text().contains("Kế hoạch")))) {
      failures.add(status + " expected, got " + r.status() + ": " + r.text());
    }
  }

  @Test
  void only_the_city_administrator_changes_the_hierarchy_and_only_within_the_city() {
    Map<String, Object> unit =
        Map.of(
            "id",
            "new-" + fx.s,
            "code",
            "NEW-" + fx.s,
            "name",
            "Tổ công tác",
            "type",
            "UNIT",
            "parentId",
            fx.commune,
            "validFrom",
            "2025-01-01");
    for (Http caller :
        List.of(
            as("COMMUNE_OFFICER", fx.commune),
            as("CITY_VIEWER", fx.province),
            as("INTEGRATOR", fx.province),
            as("CITY_ADMIN", "hp"))) {
      assertThat(caller.post("/api/org-units", unit).status()).isEqualTo(403);
      assertThat(
              caller
                  .patch(
                      "/api/org-units/" + fx.commune,
                      Map.of("name", "Đổi tên"),
                      "If-Match",
                      "\"1\"")
                  .status())
          .isEqualTo(403);
      assertThat(
              caller
                  .post(
                      "/api/org-units/" + fx.otherCommune + "/merge",
                      Map.of("into", fx.commune, "on", "2025-07-01"),
                      "If-Match",
                      "\"1\"")
                  .status())
          .isEqualTo(403);
      assertThat(
              caller
                  .post(
                      "/api/org-units/" + fx.otherCommune + "/retire",
                      Map.of("lastDay", "2025-06-30"),
                      "If-Match",
                      "\"1\"")
                  .status())
          .isEqualTo(403);
    }
    assertThat(fx.http.get("/api/org-units/" + fx.commune).json().get("name").asString())
        .startsWith("Xã Kim Thành");
    assertThat(
            as("COMMUNE_OFFICER", fx.commune).get("/api/org-units?parent=" + fx.province).status())
        .isEqualTo(200);
    assertThat(fx.http.post("/api/org-units", unit).status()).isEqualTo(201);
  }

  @Test
  void bad_tokens_are_refused_by_the_service_itself() {
    for (Http http : TestIdentity.refusedCallers(Http.localhost(port), "CITY_ADMIN", fx.province)) {
      Http.Response r = http.post("/api/plans", plan(fx.province, "Không được"));
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
      assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:unauthenticated");
    }
    assertThat(fx.http.get("/api/plans?issuer=" + fx.province).json().size()).isZero();
  }
}
