package vn.loa.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.PageTest;

/**
 * The compliance of a directing plan, as the city office follows it up: how many addressees have
 * issued their implementing plans (on time, late), how many have not (overdue, not yet due), each
 * addressee with its status in words, overdue first, its plan's number and date, and how its own
 * units stand; a viewer the API refuses gets the refusal page.
 */
class CompliancePageTest extends PageTest {

  private static final String COMPLIANCE =
      """
      {"planId":"hp-qd-3041-2025","number":"3041/QĐ-UBND","title":"Về việc ban hành Kế hoạch tuyên truyền",
       "issuerId":"hp","planStatus":"ISSUED","implementationDeadline":"2025-08-15","asOf":"2026-12-02",
       "summary":{"addressees":3,"issued":2,"issuedOnTime":1,"issuedLate":1,"pending":0,"overdue":1,"closed":0},
       "units":[
        {"unitId":"hp-sngv","name":"Sở Ngoại vụ","type":"DEPARTMENT","status":"ISSUED",
         "fulfilledBy":{"planId":"hp-sngv-kh-58-2025","number":"58/KH-SNgV","title":"t","issuedOn":"2025-08-08"},
         "implementation":{"addressees":2,"issued":1,"issuedOnTime":1,"issuedLate":0,"pending":1,"overdue":0,"closed":0}},
        {"unitId":"hp-kim-thanh","name":"Xã Kim Thành","type":"COMMUNE","status":"ISSUED_LATE",
         "fulfilledBy":{"planId":"k","number":"12/KH-UBND","title":"t","issuedOn":"2025-09-01"},"implementation":null},
        {"unitId":"hp-stp","name":"Sở Tư pháp","type":"DEPARTMENT","status":"OVERDUE","fulfilledBy":null,"implementation":null}]}
      """;

  @Test
  void the_city_office_sees_who_issued_their_plan_who_is_late_overdue_first() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    API.json("/api/plans/hp-qd-3041-2025/compliance", COMPLIANCE);
    Http.Response page =
        pages(TestIdentity.token("CITY_ADMIN", "hp")).get("/plans/hp-qd-3041-2025/compliance");
    assertThat(page.status()).isEqualTo(200);
    String html = page.text();
    assertThat(html).contains("<h1>Tình hình ban hành kế hoạch thực hiện</h1>", "3041/QĐ-UBND");
    assertThat(html).contains("Hạn ban hành kế hoạch: 15/08/2025", "tính đến 02/12/2026");
    assertThat(html).contains("2/3", "1 đúng hạn, 1 trễ hạn", "1 quá hạn, 0 còn trong hạn");
    assertThat(html).contains("58/KH-SNgV ngày 08/08/2025", "1/2");
    assertThat(html.indexOf("Sở Tư pháp")).isLessThan(html.indexOf("Xã Kim Thành"));
    assertThat(html.indexOf("Xã Kim Thành")).isLessThan(html.indexOf("Sở Ngoại vụ"));
    assertThat(html).contains("Quá hạn ban hành kế hoạch", "Ban hành kế hoạch trễ hạn");
    assertThat(html).doesNotContain(">OVERDUE<", ">ISSUED_LATE<");
    assertThat(html)
        .contains(
            "href=\"/api/plans/hp-qd-3041-2025/compliance.xlsx\"",
            "href=\"/api/plans/hp-qd-3041-2025/compliance.csv\"");
  }

  @Test
  void a_viewer_the_api_refuses_gets_the_refusal_page() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.answer(
        "GET /api/plans/hp-qd-3041-2025/compliance",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page =
        pages(TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh"))
            .get("/plans/hp-qd-3041-2025/compliance");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).doesNotContain("Sở Tư pháp");
  }
}
