package vn.loa.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.PageTest;

/**
 * The indicator table by year, as the appendix of the city's report: its title, the years as the
 * API heads them, numbers grouped the Vietnamese way and texts as written, the same table to
 * download as Excel and CSV; the last five years unless the address says otherwise; a span the API
 * refuses shown in words.
 */
class IndicatorsPageTest extends PageTest {

  private final String admin = TestIdentity.token("CITY_ADMIN", "hp");

  private static void table(int from, int to) {
    API.json(
        "/api/statistics/indicators?unit=hp&from=%d&to=%d".formatted(from, to),
        """
        {"unitId":"hp","unitName":"Thành phố Hải Phòng","from":%d,"to":%d,"asOf":"2025-03-31",
         "title":"Thống kê tuyên truyền cải cách hành chính của thành phố Hải Phòng",
         "columns":[{"year":2024,"label":"Năm 2024","from":"2024-01-01","to":"2024-12-31","toDate":false},
                    {"year":2025,"label":"Năm 2025 (Tính đến 31/3)","from":"2025-01-01","to":"2025-03-31","toDate":true}],
         "rows":[{"code":"1.1","name":"Số tin, bài đăng trên báo chí","kind":"SUM","values":[12500,38]},
                 {"code":"3","name":"Hình thức khác","kind":"DESCRIPTIVE","values":["Tuyên truyền qua pa-nô, áp phích",""]}]}
        """
            .formatted(from, to));
  }

  @Test
  void the_table_shows_the_years_numbers_and_texts_and_offers_it_as_excel_and_csv() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    table(2021, 2025);
    Http.Response page = pages(admin).get("/statistics/indicators?from=2021&to=2025");
    assertThat(page.status()).isEqualTo(200);
    String html = page.text();
    assertThat(html)
        .contains("<h1>Thống kê tuyên truyền cải cách hành chính của thành phố Hải Phòng</h1>");
    assertThat(html).contains("Năm 2024", "Năm 2025 (Tính đến 31/3)");
    assertThat(html)
        .contains("Số tin, bài đăng trên báo chí", "12.500", "Tuyên truyền qua pa-nô, áp phích");
    assertThat(html)
        .contains("href=\"/api/statistics/indicators.xlsx?unit=hp&amp;from=2021&amp;to=2025\"")
        .contains("href=\"/api/statistics/indicators.csv?unit=hp&amp;from=2021&amp;to=2025\"");
    assertThat(html).doesNotContain(">SUM<", ">DESCRIPTIVE<");
  }

  @Test
  void in_english_the_title_and_the_years_are_english_and_the_indicators_keep_their_names() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    table(2021, 2025);
    String html = pages(admin).get("/statistics/indicators?from=2021&to=2025&lang=en").text();
    assertThat(html)
        .contains(
            "<h1>Administrative-reform communication in figures — Thành phố Hải Phòng</h1>",
            ">Year 2024<",
            ">Year 2025 (to 31/3)<",
            "Số tin, bài đăng trên báo chí")
        .doesNotContain("Năm 2024", "Tính đến", "Thống kê tuyên truyền");
  }

  @Test
  void a_coordinating_agency_starts_from_the_whole_province() {
    unit("hp-svhttdl", "Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT", "hp");
    API.json(
        "/api/org-units/hp-svhttdl/ancestors",
        """
        [{"id":"hp","name":"Thành phố Hải Phòng","type":"PROVINCE","parentId":null}]
        """);
    table(2021, 2025);
    String coordinator =
        TestIdentity.token("hp-svhttdl", java.util.List.of("DEPARTMENT_OFFICER", "COORDINATOR"));
    Http.Response page = pages(coordinator).get("/statistics/indicators?from=2021&to=2025");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text())
        .contains("<h1>Thống kê tuyên truyền cải cách hành chính của thành phố Hải Phòng</h1>");
    assertThat(API.requests("GET", "/api/statistics/indicators?unit=hp&")).hasSize(1);
  }

  @Test
  void without_years_the_last_five_are_shown() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    table(year - 4, year);
    assertThat(pages(admin).get("/statistics/indicators").status()).isEqualTo(200);
    assertThat(
            API.requests(
                "GET", "/api/statistics/indicators?unit=hp&from=" + (year - 4) + "&to=" + year))
        .hasSize(1);
  }

  @Test
  void a_span_the_api_refuses_is_said_in_words() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    API.answer(
        "GET /api/statistics/indicators",
        400,
        """
        {"status":400,"title":"Dữ liệu không hợp lệ","detail":"Đến năm phải không trước Từ năm.",
         "type":"urn:loa:problem:invalid","errors":[{"field":"to","message":"Đến năm phải không trước Từ năm."}]}
        """);
    Http.Response page = pages(admin).get("/statistics/indicators?from=2025&to=2021");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Đến năm phải không trước Từ năm.").doesNotContain("<table");
  }
}
