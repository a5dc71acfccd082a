package vn.loa.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.FakeApi;
import vn.loa.web.support.PageTest;

/**
 * The report pages: the figures drafted from the window, the written parts and submission for an
 * official of the unit (with the version it was written from), the return's reason, and for an
 * official of a receiver the reports sent to it, taken in or returned with a comment; a reader who
 * may do neither gets no form.
 */
class ReportPagesTest extends PageTest {

  private final String commune = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
  private final String culture =
      TestIdentity.token("hp-svhttdl", java.util.List.of("DEPARTMENT_OFFICER", "COORDINATOR"));

  private static String report(String status, long version, String comment) {
    return """
    {"id":"r-hp-kim-thanh-2025Q3","unitId":"hp-kim-thanh","receiverIds":["hp-vp-ubnd","hp-snv","hp-svhttdl"],
     "window":"2025Q3","from":"2025-06-15","to":"2025-09-14","deadline":"2025-09-19","status":"%s",
     "narrative":{"results":"Đã tổ chức 12 buổi phát thanh.","proposals":null},
     "figures":{"BROADCAST":[2500,0,12],"PRESS_ARTICLE":[3,40,3]},
     "changedAfterApproval":false,"submittedAt":%s,"onTime":%s,"returnComment":%s,"version":%d}
    """
        .formatted(
            status,
            "DRAFT".equals(status) ? "null" : "\"2025-09-30T02:00:00Z\"",
            "DRAFT".equals(status) ? "null" : "false",
            comment == null ? "null" : "\"" + comment + "\"",
            version);
  }

  @BeforeEach
  void units() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    unit("hp-svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", "hp");
    categories();
  }

  @Test
  void the_units_official_sees_the_windows_figures_and_writes_the_report() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("RETURNED", 4, "Thiếu số liệu hội nghị"));
    String html = pages(commune).get("/reports/r-hp-kim-thanh-2025Q3").text();
    assertThat(html)
        .contains("Báo cáo của Xã Kim Thành — Quý III năm 2025", "15/06/2025 – 14/09/2025");
    assertThat(html).contains("Bị trả lại: Thiếu số liệu hội nghị");
    // The report as the document the commune signs, through the gateway's API path.
    assertThat(html)
        .contains(
            "href=\"/api/reports/r-hp-kim-thanh-2025Q3/document.docx\"",
            "Tải bản dự thảo báo cáo (Word)",
            "href=\"/api/reports/r-hp-kim-thanh-2025Q3/document.pdf\"");
    // The figures drafted from the window, by form, in the categories' order.
    assertThat(html).contains("Phát thanh, truyền thanh, truyền hình", ">2.500<", ">12<", ">40<");
    assertThat(html.indexOf("Tin, bài trên báo chí")).isLessThan(html.indexOf("Phát thanh,"));
    // The written parts, in the seed's order, with what was saved.
    assertThat(html)
        .contains("<label for=\"guidance\">Công tác tham mưu, chỉ đạo, điều hành</label>");
    assertThat(html).contains(">Đã tổ chức 12 buổi phát thanh.</textarea>", "Gửi báo cáo");
    assertThat(html.indexOf("for=\"results\"")).isLessThan(html.indexOf("for=\"proposals\""));
    assertThat(html).doesNotContain("Tiếp nhận báo cáo");
  }

  @Test
  void submitting_saves_the_text_for_its_version_then_sends_it() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("DRAFT", 4, null));
    API.answer(
        "PUT /api/reports/r-hp-kim-thanh-2025Q3", 200, report("DRAFT", 5, null), "ETag", "\"5\"");
    API.answer("POST /api/reports/r-hp-kim-thanh-2025Q3/submit", 200, report("SUBMITTED", 6, null));
    Http http = pages(commune);
    Http.Response page = http.get("/reports/r-hp-kim-thanh-2025Q3");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("version", "4");
    f.put("results", "Đã tổ chức 12 buổi phát thanh và 3 tin bài.");
    f.put("proposals", "  ");
    f.put("submit", "true");
    Http.Response sent = post(http, page, "/reports/r-hp-kim-thanh-2025Q3", f);
    assertThat(sent.status()).isEqualTo(302);
    assertThat(sent.header("Location")).isEqualTo("/reports/r-hp-kim-thanh-2025Q3");
    FakeApi.Request put = API.requests("PUT", "/api/reports/").getFirst();
    assertThat(put.header("If-Match")).isEqualTo("\"4\"");
    assertThat(put.text())
        .contains(
            "\"results\":\"Đã tổ chức 12 buổi phát thanh và 3 tin bài.\"", "\"proposals\":null");
    FakeApi.Request submit =
        API.requests("POST", "/api/reports/r-hp-kim-thanh-2025Q3/submit").getFirst();
    assertThat(submit.header("If-Match")).isEqualTo("\"5\"");
  }

  @Test
  void a_report_never_written_is_written_without_a_version_the_api_would_refuse() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("DRAFT", 0, null));
    API.answer("PUT /api/reports/r-hp-kim-thanh-2025Q3", 200, report("DRAFT", 1, null));
    API.answer("POST /api/reports/r-hp-kim-thanh-2025Q3/submit", 200, report("SUBMITTED", 2, null));
    Http http = pages(commune);
    Http.Response page = http.get("/reports/r-hp-kim-thanh-2025Q3");
    assertThat(hidden(page.text(), "version")).isEqualTo("0");
    Http.Response sent =
        post(
            http,
            page,
            "/reports/r-hp-kim-thanh-2025Q3",
            Map.of("version", "0", "results", "Lần đầu", "submit", "true"));
    assertThat(sent.status()).isEqualTo(302);
    assertThat(API.requests("PUT", "/api/reports/").getFirst().header("If-Match")).isNull();
    assertThat(
            API.requests("POST", "/api/reports/r-hp-kim-thanh-2025Q3/submit")
                .getFirst()
                .header("If-Match"))
        .isEqualTo("\"1\"");
  }

  @Test
  void a_refused_submission_keeps_the_text_and_says_why() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("DRAFT", 4, null));
    API.answer(
        "PUT /api/reports/r-hp-kim-thanh-2025Q3",
        412,
        "{\"status\":412,\"title\":\"Phiên bản đã thay đổi\",\"detail\":\"Báo cáo đã được người"
            + " khác sửa.\"}");
    Http http = pages(commune);
    Http.Response page = http.get("/reports/r-hp-kim-thanh-2025Q3");
    Http.Response refused =
        post(
            http,
            page,
            "/reports/r-hp-kim-thanh-2025Q3",
            Map.of("version", "3", "results", "Văn bản mới", "submit", "true"));
    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.text())
        .contains("Báo cáo đã được người khác sửa.", ">Văn bản mới</textarea>");
    assertThat(API.requests("POST", "/api/reports/")).isEmpty();
  }

  @Test
  void a_receiver_takes_a_submitted_report_in_or_returns_it_with_a_reason() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("SUBMITTED", 6, null));
    Http http = pages(culture);
    Http.Response page = http.get("/reports/r-hp-kim-thanh-2025Q3");
    assertThat(page.text()).contains("Tiếp nhận báo cáo", "Lý do trả lại", "trễ hạn");
    assertThat(page.text())
        .contains("Đã tổ chức 12 buổi phát thanh.")
        .doesNotContain("<textarea id=\"results\"");

    API.answer(
        "POST /api/reports/r-hp-kim-thanh-2025Q3/return",
        400,
        """
        {"status":400,"title":"Dữ liệu không hợp lệ","errors":[{"field":"comment","code":"required","message":"Lý do trả lại là bắt buộc."}]}
        """);
    Http.Response noReason =
        post(
            http,
            page,
            "/reports/r-hp-kim-thanh-2025Q3/return",
            Map.of("version", "6", "comment", ""));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(byId(noReason.text(), "comment-error")).isEqualTo("Lý do trả lại là bắt buộc.");
    // Listed in the problem's summary too, where a screen reader lands.
    assertThat(noReason.text()).contains("<li>Lý do trả lại là bắt buộc.</li>");

    API.answer(
        "POST /api/reports/r-hp-kim-thanh-2025Q3/return",
        200,
        report("RETURNED", 7, "Thiếu số liệu"));
    assertThat(
            post(
                    http,
                    page,
                    "/reports/r-hp-kim-thanh-2025Q3/return",
                    Map.of("version", "6", "comment", " Thiếu số liệu "))
                .status())
        .isEqualTo(302);
    FakeApi.Request sentBack =
        API.requests("POST", "/api/reports/r-hp-kim-thanh-2025Q3/return").getLast();
    assertThat(sentBack.text()).isEqualTo("{\"comment\":\"Thiếu số liệu\"}");
    assertThat(sentBack.header("If-Match")).isEqualTo("\"6\"");

    API.answer("POST /api/reports/r-hp-kim-thanh-2025Q3/approve", 200, report("APPROVED", 7, null));
    assertThat(
            post(http, page, "/reports/r-hp-kim-thanh-2025Q3/approve", Map.of("version", "6"))
                .status())
        .isEqualTo(302);
    assertThat(
            API.requests("POST", "/api/reports/r-hp-kim-thanh-2025Q3/approve")
                .getFirst()
                .header("If-Match"))
        .isEqualTo("\"6\"");
  }

  @Test
  void a_reader_who_may_neither_write_nor_take_in_gets_no_form() {
    API.json("/api/reports/r-hp-kim-thanh-2025Q3", report("SUBMITTED", 6, null));
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    String html =
        pages(TestIdentity.token("CITY_VIEWER", "hp")).get("/reports/r-hp-kim-thanh-2025Q3").text();
    assertThat(html).contains("Báo cáo của Xã Kim Thành — Quý III năm 2025", "Đã gửi");
    assertThat(html).doesNotContain("<form class=\"stack\"", "Tiếp nhận báo cáo");
  }

  @Test
  void the_list_has_the_units_own_reports_and_those_sent_to_it() {
    API.json("/api/reports?unit=hp-svhttdl", "[]");
    API.json(
        "/api/reports?receiver=hp-svhttdl",
        "["
            + report("SUBMITTED", 6, null)
            + ","
            + report("DRAFT", 1, null)
                .replace("hp-kim-thanh-2025Q3", "hp-x001-2025Q3")
                .replace("\"unitId\":\"hp-kim-thanh\"", "\"unitId\":\"hp-x001\"")
            + "]");
    String html = pages(culture).get("/reports").text();
    assertThat(html)
        .contains(
            "Báo cáo nhận được",
            "Xã Kim Thành — Quý III năm 2025",
            "href=\"/reports/r-hp-kim-thanh-2025Q3\"");
    assertThat(html).as("a draft is not sent yet").doesNotContain("r-hp-x001-2025Q3");
    assertThat(html).contains("Đơn vị chưa có báo cáo định kỳ nào.");
  }
}
