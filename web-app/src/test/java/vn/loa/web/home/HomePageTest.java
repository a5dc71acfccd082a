package vn.loa.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.FakeApi;
import vn.loa.web.support.PageTest;

/**
 * "Việc cần làm" and the overview, rendered from what the API answers for the person's token: the
 * reports owed with their window, cut-off, deadline and days left (a returned one with its reason),
 * the open tasks of the unit and its own units with chủ trì/phối hợp and trong hạn/sắp đến hạn/quá
 * hạn, the directives; the city's overview with Vietnamese numbers; English by a link; the pages
 * for a missing token, a refusal and an API that cannot be reached.
 */
class HomePageTest extends PageTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private final String officer = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");

  private void communeWithDuties() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.json(
        "/api/org-units?parent=hp-kim-thanh",
        """
        [{"id":"hp-kim-thanh-vhxh","name":"Phòng Văn hóa – Xã hội xã Kim Thành","type":"UNIT","parentId":"hp-kim-thanh"}]
        """);
    API.json(
        "/api/tasks?unit=hp-kim-thanh",
        """
        [{"id":"t-1","planId":"p","unitId":"hp-kim-thanh","role":"COOPERATING","title":"Phối hợp tuyên truyền","dueOn":"%s","status":"IN_PROGRESS","timeliness":"DUE_SOON"},
         {"id":"t-done","planId":"p","unitId":"hp-kim-thanh","role":"LEAD","title":"Việc đã xong","dueOn":"2025-01-01","status":"DONE","timeliness":"DONE_ON_TIME"}]
        """
            .formatted(TODAY.plusDays(2)));
    API.json(
        "/api/tasks?unit=hp-kim-thanh-vhxh",
        """
        [{"id":"t-2","planId":"p","unitId":"hp-kim-thanh-vhxh","role":"LEAD","title":"Tuyên truyền cải cách hành chính nhà nước năm 2025","dueOn":"2025-12-31","status":"NOT_STARTED","timeliness":"OVERDUE"}]
        """);
    API.json(
        "/api/directives?unit=hp-kim-thanh",
        """
        [{"planId":"hp-qd-3041-2025","number":"3041/QĐ-UBND","title":"Về việc ban hành Kế hoạch tuyên truyền","issuerId":"hp","issuedOn":"2025-07-26","implementationDeadline":"2025-08-15","status":"ISSUED","fulfilledBy":{"planId":"k","number":"58/KH-UBND","title":"t","issuedOn":"2025-08-08"}}]
        """);
    API.json(
        "/api/reports?unit=hp-kim-thanh",
        """
        [{"id":"r-q3","unitId":"hp-kim-thanh","window":"2025Q3","from":"2025-06-15","to":"2025-09-14","deadline":"%s","status":"DRAFT"},
         {"id":"r-s1","unitId":"hp-kim-thanh","window":"2026S1","from":"2025-12-15","to":"2026-06-14","deadline":"%s","status":"RETURNED","returnComment":"Thiếu số liệu hội nghị"},
         {"id":"r-y","unitId":"hp-kim-thanh","window":"2024","from":"2023-12-15","to":"2024-12-14","deadline":"2024-12-19","status":"APPROVED"}]
        """
            .formatted(TODAY.plusDays(5), TODAY.minusDays(3)));
  }

  @Test
  void a_commune_officer_sees_the_reports_tasks_and_directives_of_the_commune() {
    communeWithDuties();
    Http.Response page = pages(officer).get("/", "Accept", "text/html", "Accept-Language", "en-US");
    assertThat(page.status()).isEqualTo(200);
    String html = page.text();
    // Vietnamese although the browser asks for English; the frame names the unit and the role.
    assertThat(html).contains("<html lang=\"vi\"", "<h1>Việc cần làm</h1>", "Xã Kim Thành");
    assertThat(html).contains("Cán bộ UBND xã, phường, đặc khu", "Đăng xuất");
    // Reports owed: window in words, cut-off, deadline, days left; the returned one with its
    // reason.
    assertThat(html).contains("Quý III năm 2025", "15/06/2025 – 14/09/2025", "còn 5 ngày");
    assertThat(html)
        .contains("6 tháng đầu năm 2026", "quá hạn 3 ngày", "Bị trả lại: Thiếu số liệu hội nghị");
    assertThat(html).doesNotContain("Năm 2024");
    // Open tasks of the commune and its unit, soonest first; a finished one is not a to-do.
    assertThat(html).contains("Phối hợp tuyên truyền", "phối hợp", "Sắp đến hạn");
    assertThat(html)
        .contains("Phòng Văn hóa – Xã hội xã Kim Thành", "chủ trì", "Quá hạn", "31/12/2025");
    assertThat(html).doesNotContain("Việc đã xong");
    // The commune's tasks as a spreadsheet.
    assertThat(html)
        .contains(
            "Nhiệm vụ của Xã Kim Thành:",
            "href=\"/api/tasks.xlsx?unit=hp-kim-thanh\"",
            "href=\"/api/tasks.csv?unit=hp-kim-thanh\"");
    assertThat(html.indexOf("Tuyên truyền cải cách hành chính nhà nước năm 2025"))
        .isLessThan(html.indexOf("Phối hợp tuyên truyền"));
    // The directive: number, date, deadline, status and the plan that implemented it.
    assertThat(html).contains("3041/QĐ-UBND", "26/07/2025", "15/08/2025", "Đã ban hành kế hoạch");
    assertThat(html).contains("Đã ban hành kế hoạch 58/KH-UBND ngày 08/08/2025");
    // Scripts, styles and images of this site only; forms post here, and sign-out ends at the
    // identity service.
    assertThat(page.header("Content-Security-Policy"))
        .contains("default-src 'self'", "form-action 'self' " + TestIdentity.get().issuer());
    // No raw code reaches the person.
    assertThat(html).doesNotContain(">DRAFT<", "OVERDUE<", ">LEAD<", "2025Q3");
  }

  @Test
  void every_call_to_the_api_carries_the_persons_token_and_the_pages_language() {
    communeWithDuties();
    pages(officer).get("/?lang=en", "Accept", "text/html");
    assertThat(API.requests()).isNotEmpty();
    for (FakeApi.Request r : API.requests()) {
      assertThat(r.header("Authorization")).as(r.uri()).isEqualTo("Bearer " + officer);
      assertThat(r.header("Accept-Language")).as(r.uri()).isEqualTo("en");
    }
  }

  @Test
  void english_is_one_link_away_and_is_remembered() {
    communeWithDuties();
    Http.Response vi = pages(officer).get("/");
    assertThat(vi.text()).contains("href=\"/?lang=en\"", ">English<");
    Http.Response en = pages(officer).get("/?lang=en");
    assertThat(en.text()).contains("<html lang=\"en\"", "<h1>To do</h1>", "Quarter III of 2025");
    assertThat(en.text()).contains("5 days left", "Commune officer", "Sign out");
    String cookie = en.header("Set-Cookie");
    assertThat(cookie).startsWith("loa-lang=en");
    Http.Response again =
        pages(officer).get("/", "Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertThat(again.text()).contains("<h1>To do</h1>");
  }

  @Test
  void the_sign_out_form_carries_the_gateways_csrf_token_from_its_cookie() {
    communeWithDuties();
    String html = pages(officer).get("/", "Cookie", "XSRF-TOKEN=gw-token-1; SESSION=s").text();
    assertThat(html)
        .contains(
            "<form class=\"signout\" method=\"post\" action=\"/logout\">",
            "<input type=\"hidden\" name=\"_csrf\" value=\"gw-token-1\">");
  }

  @Test
  void the_city_office_lands_on_the_quarters_figures_written_the_vietnamese_way() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    categories();
    String quarter = TODAY.getYear() + "Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
    API.json(
        "/api/statistics/totals?unit=hp&period=" + quarter,
        """
        {"unitId":"hp","period":"%s","from":"2026-10-01","to":"2026-12-31",
         "byCategory":{"BROADCAST":{"quantity":2500,"participants":0,"activities":12},
                       "PRESS_ARTICLE":{"quantity":7,"participants":0,"activities":7}},
         "total":{"quantity":2507,"participants":0,"activities":19},
         "asOf":"2026-12-02T12:09:36+07:00"}
        """
            .formatted(quarter));
    String html = pages(TestIdentity.token("CITY_ADMIN", "hp")).get("/").text();
    assertThat(html).contains("<h1>Tổng quan</h1>", "Thành phố Hải Phòng", "Quản trị thành phố");
    assertThat(html).contains("01/10/2026 – 31/12/2026", "cập nhật lúc 12:09:36 02/12/2026");
    assertThat(html).contains("Phát thanh, truyền thanh, truyền hình", "2.500", "2.507");
    // In the categories' order: press articles (1) before broadcasts (4).
    assertThat(html.indexOf("Tin, bài trên báo chí")).isLessThan(html.indexOf("Phát thanh,"));
  }

  @Test
  void without_a_valid_token_the_page_says_the_session_ended_and_links_to_sign_in() {
    for (Http http :
        java.util.List.of(
            new Http("http://127.0.0.1:" + port),
            pages(TestIdentity.expired("COMMUNE_OFFICER", "hp-kim-thanh")),
            pages(TestIdentity.foreignSigned("COMMUNE_OFFICER", "hp-kim-thanh")),
            pages(TestIdentity.otherAudience("COMMUNE_OFFICER", "hp-kim-thanh")))) {
      Http.Response page = http.get("/activities");
      assertThat(page.status()).isEqualTo(401);
      assertThat(page.text())
          .contains("Phiên làm việc đã hết hạn", "href=\"/oauth2/authorization/loa\"");
    }
    assertThat(API.requests()).as("nothing asked of the API without a person").isEmpty();
  }

  @Test
  void a_refusal_of_the_api_is_a_page_in_words_without_the_data() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.answer(
        "GET /api/org-units?parent=hp-kim-thanh",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page = pages(officer).get("/");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
    assertThat(page.text()).doesNotContain("urn:loa:problem");
    // The frame stays: who is signed in, sign-out.
    assertThat(page.text()).contains("Xã Kim Thành", "Đăng xuất");
  }

  @Test
  void an_api_that_cannot_be_reached_or_fails_is_a_page_asking_to_try_again() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.answer("GET /api/org-units?parent=hp-kim-thanh", 503, "{\"status\":503,\"title\":\"Bận\"}");
    Http.Response page = pages(officer).get("/");
    assertThat(page.status()).isEqualTo(503);
    assertThat(page.text()).contains("Hệ thống đang bận hoặc tạm thời không truy cập được.");
  }

  @Test
  void an_unknown_address_is_a_page_not_found_in_words() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    Http.Response page = pages(officer).get("/khong-co", "Accept", "text/html");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text()).contains("Không tìm thấy trang hoặc dữ liệu này.");
  }
}
