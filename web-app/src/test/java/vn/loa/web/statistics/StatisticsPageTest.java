package vn.loa.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.PageTest;

/**
 * "Số liệu": a unit's figures for a period from the API — the total against the period before, by
 * form in the forms' order, by child unit (links one level down, the rows adding up to the total),
 * by month, the reports owed for a reporting window — and a refusal of the API for a unit out of
 * reach or a period it does not know shown as a page in words, with nothing of the figures.
 */
class StatisticsPageTest extends PageTest {

  private final String admin = TestIdentity.token("CITY_ADMIN", "hp");

  private static String totals(String unit, String period, String from, String to, long quantity) {
    return """
    {"unitId":"%s","period":"%s","from":"%s","to":"%s",
     "byCategory":{},"total":{"quantity":%d,"participants":40,"activities":9},
     "asOf":"2026-12-02T12:09:36+07:00"}
    """
        .formatted(unit, period, from, to, quantity);
  }

  private static void breakdown(String unit, String period, String by, String rows) {
    API.json(
        "/api/statistics/breakdown?unit=%s&period=%s&by=%s".formatted(unit, period, by),
        """
        {"unitId":"%s","period":"%s","by":"%s","rows":%s,"asOf":"2026-12-02T12:09:36+07:00"}
        """
            .formatted(unit, period, by, rows));
  }

  private void cityInTheThirdQuarter() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    categories();
    API.json(
        "/api/statistics/totals?unit=hp&period=2026Q3",
        totals("hp", "2026Q3", "2026-07-01", "2026-09-30", 2507));
    API.json(
        "/api/statistics/totals?unit=hp&period=2026Q2",
        totals("hp", "2026Q2", "2026-04-01", "2026-06-30", 2400));
    breakdown(
        "hp",
        "2026Q3",
        "category",
        """
        [{"key":"BROADCAST","quantity":2500,"participants":0,"activities":2},
         {"key":"PRESS_ARTICLE","quantity":7,"participants":40,"activities":7}]
        """);
    breakdown(
        "hp",
        "2026Q3",
        "month",
        """
        [{"key":"2026M07","quantity":7,"participants":40,"activities":7},
         {"key":"2026M08","quantity":2500,"participants":0,"activities":2},
         {"key":"2026M09","quantity":0,"participants":0,"activities":0}]
        """);
    // The city itself recorded 7 of the 2,507: the rows of its communes add up to 2,500.
    breakdown(
        "hp",
        "2026Q3",
        "child",
        """
        [{"key":"hp-kim-thanh","label":"Xã Kim Thành","quantity":2500,"participants":0,"activities":2},
         {"key":"hp-an-duong","label":"Phường An Dương","quantity":0,"participants":0,"activities":0}]
        """);
    API.json(
        "/api/reports/completeness?parent=hp&window=2026Q3",
        """
        {"parentId":"hp","window":"2026Q3","expected":2,"submitted":1,"onTime":1,"late":0,"missing":1,
         "units":[{"unitId":"hp-kim-thanh","unitName":"Xã Kim Thành","status":"SUBMITTED","deadline":"2026-09-19","submittedAt":"2026-09-18T03:00:00Z","onTime":true},
                  {"unitId":"hp-an-duong","unitName":"Phường An Dương","status":"DRAFT","deadline":"2026-09-19","submittedAt":null,"onTime":null}]}
        """);
  }

  @Test
  void the_figures_by_form_download_with_each_form_by_its_name_in_the_pages_language()
      throws Exception {
    cityInTheThirdQuarter();
    Http.Response xlsx = pages(admin).get("/statistics/categories.xlsx?unit=hp&period=2026Q3");
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Disposition"))
        .contains("attachment", "so-lieu-hp-2026Q3-hinh-thuc.xlsx");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheet("Quý III năm 2026");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Hình thức tuyên truyền");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      // In the forms' order: press articles (1) before broadcasts (4).
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Tin, bài trên báo chí");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(40);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Phát thanh, truyền thanh, truyền hình");
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2500);
    }
    String csv =
        pages(admin).get("/statistics/categories.csv?unit=hp&period=2026Q3&lang=en").text();
    assertThat(csv)
        .startsWith("\uFEFF\"Form of communication\",\"Quantity\"")
        .doesNotContain("BROADCAST", "PRESS_ARTICLE");
    // The API's refusal of a unit out of reach is the download's too.
    API.answer(
        "GET /api/statistics/breakdown",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    assertThat(pages(admin).get("/statistics/categories.xlsx?unit=lc&period=2026Q3").status())
        .isEqualTo(403);
  }

  @Test
  void
      the_city_office_sees_the_quarter_against_the_one_before_by_form_unit_and_month_and_the_reports() {
    cityInTheThirdQuarter();
    Http.Response page = pages(admin).get("/statistics?period=2026Q3");
    assertThat(page.status()).isEqualTo(200);
    String html = page.text();
    assertThat(html).contains("<h1>Số liệu — Thành phố Hải Phòng</h1>");
    assertThat(html).contains("Quý III năm 2026: 01/07/2026 – 30/09/2026");
    assertThat(html).contains("2.507", "+107 so với Quý II năm 2026", "40 người tham dự");
    // By form, in the forms' order (press articles are 1, broadcasts 4), with bars to scale.
    assertThat(html.indexOf("Tin, bài trên báo chí")).isLessThan(html.indexOf("Phát thanh,"));
    assertThat(html).contains("<meter min=\"0\" max=\"2500\" value=\"2500\">");
    // By unit: each commune a link one level down; the city's own 7 make the rows add up.
    assertThat(html)
        .contains("href=\"/statistics?unit=hp-kim-thanh&amp;period=2026Q3\">Xã Kim Thành</a>");
    assertThat(html).contains("Trực tiếp Thành phố Hải Phòng");
    // By month, in words.
    assertThat(html).contains("Tháng 7 năm 2026", "Tháng 8 năm 2026", "Tháng 9 năm 2026");
    // The reports owed for the window: 1 of 2, the missing one named.
    assertThat(html)
        .contains("Báo cáo Quý III năm 2026", "1/2", "1 đúng hạn, 0 trễ hạn, 1 chưa gửi");
    assertThat(html).contains("Phường An Dương", "Chưa gửi", "10:00:00 18/09/2026", "19/09/2026");
    // The period list names periods in words and keeps the one shown.
    assertThat(html)
        .contains("<option value=\"2026Q3\" selected=\"selected\">Quý III năm 2026</option>");
    assertThat(html).doesNotContain(">2026Q3<", ">BROADCAST<", ">SUBMITTED<", ">2026M08<");
    // Each table by unit, by month and of the reports can be downloaded as Excel and CSV.
    assertThat(html)
        .contains(
            "href=\"/api/statistics/breakdown.xlsx?unit=hp&amp;period=2026Q3&amp;by=child\"",
            "href=\"/api/statistics/breakdown.csv?unit=hp&amp;period=2026Q3&amp;by=month\"",
            "href=\"/api/reports/completeness.xlsx?parent=hp&amp;window=2026Q3\"",
            "href=\"/statistics/categories.xlsx?unit=hp&amp;period=2026Q3\"");
    // The figures follow the unit's live feed for the days they show.
    assertThat(html)
        .contains(
            "data-live=\"/api/statistics/stream?unit=hp\"",
            "data-from=\"2026-07-01\"",
            "data-to=\"2026-09-30\"");
  }

  @Test
  void a_commune_seen_from_the_city_has_the_trail_back_up_and_a_month_asks_for_no_reports() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    API.json(
        "/api/org-units/hp-kim-thanh",
        """
        {"id":"hp-kim-thanh","code":"31-2","name":"Xã Kim Thành","type":"COMMUNE","parentId":"hp","version":1}
        """);
    API.json(
        "/api/org-units/hp-kim-thanh/ancestors",
        """
        [{"id":"hp","name":"Thành phố Hải Phòng","type":"PROVINCE","parentId":null}]
        """);
    categories();
    API.json(
        "/api/statistics/totals?unit=hp-kim-thanh&period=2026M01",
        totals("hp-kim-thanh", "2026M01", "2026-01-01", "2026-01-31", 12));
    API.json(
        "/api/statistics/totals?unit=hp-kim-thanh&period=2025M12",
        totals("hp-kim-thanh", "2025M12", "2025-12-01", "2025-12-31", 20));
    breakdown("hp-kim-thanh", "2026M01", "category", "[]");
    breakdown("hp-kim-thanh", "2026M01", "month", "[]");
    breakdown("hp-kim-thanh", "2026M01", "child", "[]");
    String html = pages(admin).get("/statistics?unit=hp-kim-thanh&period=2026M01").text();
    assertThat(html).contains("<h1>Số liệu — Xã Kim Thành</h1>");
    assertThat(html)
        .contains("href=\"/statistics?unit=hp&amp;period=2026M01\">Thành phố Hải Phòng</a>");
    assertThat(html).contains("−8 so với Tháng 12 năm 2025");
    assertThat(API.requests("GET", "/api/reports")).as("no reports are owed for a month").isEmpty();
  }

  @Test
  void a_commune_officer_opening_another_commune_gets_a_refusal_page_without_its_figures() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.answer(
        "GET /api/statistics/totals",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page =
        pages(TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh"))
            .get("/statistics?unit=hp-an-duong&period=2026Q3");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Không thực hiện được").doesNotContain("Số liệu —");
    assertThat(API.requests("GET", "/api/statistics/breakdown")).isEmpty();
    assertThat(API.requests("GET", "/api/org-units/hp-an-duong")).isEmpty();
  }

  @Test
  void a_period_the_api_does_not_know_is_refused_in_words() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    API.answer(
        "GET /api/statistics/totals",
        400,
        """
        {"status":400,"title":"Dữ liệu không hợp lệ","detail":"Kỳ không hợp lệ: 2026Q9.",
         "type":"urn:loa:problem:invalid","errors":[{"field":"period","message":"Kỳ không hợp lệ: 2026Q9."}]}
        """);
    Http.Response page = pages(admin).get("/statistics?period=2026Q9");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Kỳ không hợp lệ: 2026Q9.").doesNotContain("Số liệu —");
  }

  @Test
  void without_a_period_the_current_quarter_of_the_persons_own_unit_is_shown() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String quarter = PeriodChoices.quarterOf(today);
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    categories();
    for (String p : new String[] {quarter, PeriodChoices.previous(quarter).orElseThrow()}) {
      API.json(
          "/api/statistics/totals?unit=hp-kim-thanh&period=" + p,
          totals("hp-kim-thanh", p, "2026-10-01", "2026-12-31", 5));
    }
    breakdown("hp-kim-thanh", quarter, "category", "[]");
    breakdown("hp-kim-thanh", quarter, "month", "[]");
    breakdown("hp-kim-thanh", quarter, "child", "[]");
    Http.Response page =
        pages(TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh")).get("/statistics");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<h1>Số liệu — Xã Kim Thành</h1>", "+0 so với");
    assertThat(API.requests("GET", "/api/statistics/totals?unit=hp-kim-thanh&period=" + quarter))
        .isNotEmpty();
  }

  @Test
  void a_coordinating_agency_starts_from_the_whole_province() {
    API.json(
        "/api/org-units/hp-vp-ubnd",
        """
        {"id":"hp-vp-ubnd","code":"31-VPUBND","name":"Văn phòng Ủy ban nhân dân thành phố","type":"DEPARTMENT","parentId":"hp","version":1}
        """);
    API.json(
        "/api/org-units/hp-vp-ubnd/ancestors",
        """
        [{"id":"hp","name":"Thành phố Hải Phòng","type":"PROVINCE","parentId":null}]
        """);
    API.json("/api/org-units/hp/ancestors", "[]");
    cityInTheThirdQuarter();
    String coordinator =
        TestIdentity.token("hp-vp-ubnd", java.util.List.of("DEPARTMENT_OFFICER", "COORDINATOR"));
    Http.Response page = pages(coordinator).get("/statistics?period=2026Q3");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<h1>Số liệu — Thành phố Hải Phòng</h1>", "2.507");
  }

  @Test
  void in_english_the_same_figures_are_in_english_words() {
    cityInTheThirdQuarter();
    String html = pages(admin).get("/statistics?period=2026Q3&lang=en").text();
    assertThat(html).contains("<h1>Figures — Thành phố Hải Phòng</h1>", "By form of communication");
    assertThat(html)
        .contains("+107 against Quarter II of 2026", "Press articles", "Month 8 of 2026");
    assertThat(html).contains("1 on time, 0 late, 1 not sent", "Thành phố Hải Phòng itself");
  }
}
