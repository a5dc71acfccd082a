package vn.loa.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.PageTest;

/**
 * Importing activities from a file: the templates to download, the file sent to the API once as it
 * was chosen, the import's page with its progress while the API reads it (looking again by itself)
 * and, when done, what was recorded and each refused row with its reasons; an empty file refused
 * beside the field; an import of someone else refused as a page.
 */
class ImportPagesTest extends PageTest {

  private final String officer = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");

  private static String job(String status, long processed, String rejections) {
    return """
    {"id":"j-1","fileName":"hoat-dong-quy-4.xlsx","format":"XLSX","status":"%s",
     "totalRows":500,"processedRows":%d,"accepted":%d,"created":%d,"duplicates":3,
     "rejectedCount":2,"rejections":%s,"failure":null,
     "createdAt":"2026-12-02T03:00:00Z","finishedAt":null}
    """
        .formatted(status, processed, processed - 2, processed - 5, rejections);
  }

  @Test
  void the_import_page_offers_both_templates_and_sends_the_chosen_file_to_the_api_once()
      throws Exception {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    Http http = pages(officer);
    Http.Response form = http.get("/activities/import");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text())
        .contains("<h1>Nhập hoạt động từ tệp</h1>")
        .contains("href=\"/api/activities/imports/template.xlsx\"", "Tải tệp mẫu Excel")
        .contains("href=\"/api/activities/imports/template.csv\"", "Tải tệp mẫu CSV")
        .contains("enctype=\"multipart/form-data\"", "accept=\".csv,.xlsx");
    API.answer("POST /api/activities/imports", 202, job("QUEUED", 0, "[]"));

    var sent =
        multipart(
            officer,
            "/activities/import",
            form,
            Map.of(),
            "file",
            "hoat-dong-quy-4.csv",
            "text/csv",
            "Mã đơn vị,Hình thức\r\nhp-kim-thanh,BROADCAST\r\n");

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sent.headers().firstValue("Location").orElseThrow())
        .endsWith("/activities/import/j-1");
    var uploads = API.requests("POST", "/api/activities/imports");
    assertThat(uploads).hasSize(1);
    assertThat(uploads.getFirst().header("Authorization")).isEqualTo("Bearer " + officer);
    assertThat(uploads.getFirst().text())
        .contains("filename=\"hoat-dong-quy-4.csv\"", "hp-kim-thanh,BROADCAST");
  }

  @Test
  void an_import_under_way_shows_its_progress_and_looks_again_by_itself() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.json("/api/activities/imports/j-1", job("RUNNING", 120, "[]"));
    String html = pages(officer).get("/activities/import/j-1").text();
    assertThat(html).contains("<h1>Nhập tệp hoat-dong-quy-4.xlsx</h1>", "Đang xử lý");
    assertThat(html).contains("<progress max=\"500\" value=\"120\">", "Đã đọc 120/500 dòng");
    assertThat(html).contains("<meta http-equiv=\"refresh\" content=\"2\">");
    assertThat(html).contains("gửi lúc 10:00:00 02/12/2026");
  }

  @Test
  void a_finished_import_says_what_was_recorded_and_why_each_refused_row_was_refused() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.json(
        "/api/activities/imports/j-1",
        job(
            "DONE",
            500,
            """
            [{"row":3,"errors":[{"field":"quantity","code":"range","message":"Số lượng phải nằm trong khoảng từ 1 đến 100.000."}]},
             {"row":7,"errors":[{"field":"occurredOn","code":"future","message":"Ngày thực hiện không được sau hôm nay."},
                                {"field":"category","code":"unknown","message":"Hình thức tuyên truyền không có trong danh mục."}]}]
            """));
    String html = pages(officer).get("/activities/import/j-1").text();
    assertThat(html).contains("Đã xong", "495", "Dòng bị từ chối");
    assertThat(html)
        .contains(
            "Số lượng phải nằm trong khoảng từ 1 đến 100.000.",
            "Ngày thực hiện không được sau hôm nay.",
            "Hình thức tuyên truyền không có trong danh mục.");
    assertThat(html).contains("<td class=\"num\">3</td>", "<td class=\"num\">7</td>");
    assertThat(html).doesNotContain("http-equiv=\"refresh\"", ">DONE<", ">quantity<");
  }

  @Test
  void a_file_the_api_refuses_is_shown_beside_the_field_and_nothing_is_imported() throws Exception {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    Http.Response form = pages(officer).get("/activities/import");
    API.answer(
        "POST /api/activities/imports",
        400,
        """
        {"status":400,"title":"Dữ liệu không hợp lệ","type":"urn:loa:problem:invalid",
         "errors":[{"field":"file","code":"empty-file","message":"Tệp không có nội dung."}]}
        """);
    var sent =
        multipart(
            officer,
            "/activities/import",
            form,
            Map.of(),
            "file",
            null,
            "application/octet-stream",
            "");
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.body())
        .contains("Tệp không có nội dung.", "aria-invalid=\"true\"", "id=\"form-problem\"");
  }

  @Test
  void an_import_of_another_unit_is_refused_as_a_page() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.answer(
        "GET /api/activities/imports/j-9",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page = pages(officer).get("/activities/import/j-9");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Không thực hiện được").doesNotContain("<progress");
  }

  @Test
  void a_file_over_the_limit_is_refused_in_words_and_never_reaches_the_api() throws Exception {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    Http.Response form = pages(officer).get("/activities/import");
    var sent =
        multipart(
            officer,
            "/activities/import",
            form,
            Map.of(),
            "file",
            "qua-lon.csv",
            "text/csv",
            "x".repeat(21 * 1024 * 1024));
    assertThat(sent.statusCode()).isEqualTo(413);
    assertThat(sent.body()).contains("Tệp quá lớn", "20 MB", "<html lang=\"vi\"", "href=\"/\"");
    assertThat(API.requests("POST", "/api/activities/imports")).isEmpty();
  }
}
