package vn.loa.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * The appendix of the city's 2021–2025 report (seed 004) reproduced from activity data whose totals
 * match it: indicators × years, 2025 "to 31/3".
 */
@IntegrationTest
class IndicatorTableTest {

  static final String OTHER_FORMS =
      "Tuyên truyền trên các nền tảng mạng xã hội (Facebook, Zalo,…vv), hệ thống thông tin cơ sở,"
          + " cổ động trực quan";

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  Http http;
  Fixtures fx;

  @BeforeEach
  void hierarchy() {
    fx = new Fixtures(codec).publishHierarchy();
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  /**
   * One year of a city: contests organised (and entries to contests, which 1.1 does not count),
   * press articles and broadcasts (1.2), portal posts (not mass media), the portal's reform section
   * kept up with several updates (1.4: one section), and the other forms used (1.5).
   */
  void year(String y, int contests, long press, long portal, long broadcast, String... otherForms) {
    if (contests > 0) {
      fx.publish(
          fx.activity().of("CONTEST", contests).on(y + "-03-10").reaching(12_000).recorded());
    }
    fx.publish(fx.activity().of("CONTEST_ENTRY", 350).on(y + "-03-12").reaching(350).recorded());
    fx.publish(fx.activity().of("PRESS_ARTICLE", press).on(y + "-02-20").recorded());
    fx.publish(fx.activity().of("PORTAL_POST", portal).on(y + "-03-05").recorded());
    fx.publish(fx.activity().of("BROADCAST", broadcast).on(y + "-01-15").recorded());
    fx.publish(fx.activity().of("PORTAL_SECTION", 1).on(y + "-01-02").recorded());
    fx.publish(fx.activity().of("PORTAL_SECTION", 1).on(y + "-02-02").recorded());
    for (String form : otherForms) {
      fx.publish(fx.activity().of(form, 4).on(y + "-03-25").recorded());
    }
  }

  static final String[] ALL_OTHER = {"VISUAL", "SOCIAL_POST", "GRASSROOTS_INFO"};

  @Test
  void the_seed_004_appendix_is_reproduced_exactly() throws IOException {
    year("2021", 1, 2_000, 1_000, 500, ALL_OTHER);
    year("2022", 1, 2_400, 1_200, 500, ALL_OTHER);
    year("2023", 1, 2_500, 1_200, 500, ALL_OTHER);
    year("2024", 1, 2_700, 1_200, 500, ALL_OTHER);
    year("2025", 0, 600, 300, 200, ALL_OTHER);
    // After the report was made: must not show in "2025 (Tính đến 31/3)".
    fx.publish(fx.activity().of("PORTAL_POST", 450).on("2025-04-02").recorded());
    String unit = fx.province.id();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("/api/statistics/totals?unit=" + unit + "&period=2025")
                        .json()
                        .get("total")
                        .get("quantity")
                        .asLong()
                    == 1914);

    JsonNode table =
        http.get("/api/statistics/indicators?unit=" + unit + "&from=2021&to=2025&asOf=2025-03-31")
            .json();

    assertThat(table.get("columns").valueStream().map(c -> c.get("label").asString()))
        .containsExactly(
            "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025 (Tính đến 31/3)");
    Map<String, List<Object>> expected =
        Map.of(
            "1.1", List.of(1, 1, 1, 1, 0),
            "1.2", List.of(2500, 2900, 3000, 3200, 800),
            "1.4", List.of(1, 1, 1, 1, 1),
            "1.5", List.of(OTHER_FORMS, OTHER_FORMS, OTHER_FORMS, OTHER_FORMS, OTHER_FORMS));
    assertThat(table.get("rows").valueStream().map(r -> r.get("code").asString()))
        .containsExactly("1.1", "1.2", "1.4", "1.5");
    for (JsonNode row : table.get("rows")) {
      List<Object> values =
          row.get("values")
              .valueStream()
              .map(v -> v.isNumber() ? (Object) v.asInt() : v.asString())
              .toList();
      assertThat(values)
          .as(row.get("code").asString())
          .isEqualTo(expected.get(row.get("code").asString()));
    }
    assertThat(table.get("rows").get(1).get("name").asString())
        .isEqualTo("Số lượng bản tin chuyên đề CCHC trên các phương tiện thông tin đại chúng");

    Http.Response xlsx =
        http.get(
            "/api/statistics/indicators.xlsx?unit=" + unit + "&from=2021&to=2025&asOf=2025-03-31");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(4).getCell(6).getStringCellValue())
          .isEqualTo("Năm 2025 (Tính đến 31/3)");
      assertThat(sheet.getRow(6).getCell(1).getStringCellValue())
          .startsWith("Số lượng bản tin chuyên đề CCHC");
      assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(2500);
      assertThat(sheet.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(800);
      assertThat(sheet.getRow(6).getCell(2).getCellStyle().getFont().getFontName())
          .isEqualTo("Times New Roman");
    }
    Http.Response csv =
        http.get(
            "/api/statistics/indicators?unit=" + unit + "&from=2021&to=2025&asOf=2025-03-31",
            "Accept",
            "text/csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.text())
        .contains(
            "\"1.2\",\"Số lượng bản tin chuyên đề CCHC trên các phương tiện thông tin đại"
                + " chúng\",\"2500\",\"2900\",\"3000\",\"3200\",\"800\"");

    JsonNode full2025 =
        http.get("/api/statistics/indicators?unit=" + unit + "&from=2025&to=2025&asOf=2025-04-14")
            .json();
    assertThat(full2025.get("rows").get(1).get("values").get(0).asLong())
        .as("portal posts are not mass media")
        .isEqualTo(800);
  }

  @Test
  void other_forms_name_the_forms_actually_used_and_the_section_is_there_or_not() {
    fx.publish(fx.activity().of("VISUAL", 3).on("2026-03-01").recorded());
    fx.publish(fx.activity().of("GRASSROOTS_INFO", 9).on("2026-03-02").recorded());
    fx.publish(fx.activity().of("CONTEST_ENTRY", 40).on("2026-03-03").reaching(40).recorded());
    String unit = fx.province.id();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("/api/statistics/totals?unit=" + unit + "&period=2026")
                        .json()
                        .get("total")
                        .get("quantity")
                        .asLong()
                    == 52);
    JsonNode rows =
        http.get("/api/statistics/indicators?unit=" + unit + "&from=2026&to=2026&asOf=2026-03-31")
            .json()
            .get("rows");
    assertThat(rows.get(0).get("values").get(0).asInt())
        .as("taking part is not organising")
        .isZero();
    assertThat(rows.get(2).get("values").get(0).asInt()).as("no section kept up").isZero();
    assertThat(rows.get(3).get("values").get(0).asString())
        .isEqualTo("Tuyên truyền trên hệ thống thông tin cơ sở, cổ động trực quan");
  }

  @Test
  void breakdowns_by_child_category_and_month() {
    fx.publish(fx.activity().broadcasts(5).on("2025-07-10").recorded());
    fx.publish(fx.activity().of("VISUAL", 7).on("2025-07-20").recorded());
    fx.publish(fx.activity().by(fx.commune.id()).of("VISUAL", 2).on("2025-08-01").recorded());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2025")
                        .json()
                        .get("total")
                        .get("quantity")
                        .asLong()
                    == 14);

    JsonNode children =
        http.get("/api/statistics/breakdown?unit=" + fx.province.id() + "&period=2025Q3&by=child")
            .json();
    assertThat(children.get("rows").get(0).get("key").asString()).isEqualTo(fx.commune.id());
    assertThat(children.get("rows").get(0).get("quantity").asLong()).isEqualTo(14);
    JsonNode categories =
        http.get("/api/statistics/breakdown?unit=" + fx.commune.id() + "&period=2025Q3&by=category")
            .json();
    assertThat(
            categories
                .get("rows")
                .valueStream()
                .map(r -> r.get("key").asString() + "=" + r.get("quantity").asLong()))
        .containsExactly("VISUAL=9", "BROADCAST=5");
    JsonNode months =
        http.get("/api/statistics/breakdown?unit=" + fx.commune.id() + "&period=2025Q3&by=month")
            .json();
    assertThat(
            months
                .get("rows")
                .valueStream()
                .map(r -> r.get("key").asString() + "=" + r.get("quantity").asLong()))
        .containsExactly("2025M07=12", "2025M08=2", "2025M09=0");
    JsonNode windowMonths =
        http.get("/api/statistics/breakdown?unit=" + fx.commune.id() + "&window=2025Q3&by=month")
            .json();
    assertThat(
            windowMonths
                .get("rows")
                .valueStream()
                .map(r -> r.get("key").asString() + "=" + r.get("quantity").asLong()))
        .containsExactly("2025M07=5", "2025M08=9", "2025M09=0");
  }

  @Test
  void indicators_are_reference_data_and_bad_queries_are_problems() {
    assertThat(http.get("/api/indicators").json().valueStream().map(i -> i.get("code").asString()))
        .contains("1.1", "1.2", "1.4", "1.5");
    String code = "9." + fx.suffix;
    assertThat(
            http.post(
                    "/api/indicators",
                    Map.of(
                        "code",
                        code,
                        "name",
                        "Số lớp tập huấn",
                        "kind",
                        "SUM",
                        "categories",
                        List.of("TRAINING")))
                .status())
        .isEqualTo(201);
    assertThat(
            http.patch("/api/indicators/" + code, Map.of("active", false), "If-Match", "\"1\"")
                .status())
        .isEqualTo(200);
    assertThat(
            http.post(
                    "/api/indicators",
                    Map.of(
                        "code",
                        "x",
                        "name",
                        "Sai",
                        "kind",
                        "AVG",
                        "categories",
                        List.of("TRAINING")))
                .status())
        .isEqualTo(400);
    Http.Response phrases =
        http.post(
            "/api/indicators",
            Map.of(
                "code",
                "y" + fx.suffix,
                "name",
                "Hình thức khác",
                "kind",
                "DESCRIPTIVE",
                "text",
                "Tuyên truyền trên",
                "categories",
                List.of("VISUAL", "SOCIAL_POST"),
                "phrases",
                List.of("cổ động trực quan")));
    assertThat(phrases.status()).isEqualTo(400);
    assertThat(phrases.json().get("errors").get(0).get("field").asString()).isEqualTo("phrases");
    assertThat(phrases.json().get("errors").get(0).get("message").asString())
        .contains("phải có số phần tử bằng");
    assertThat(http.get("/api/indicators").json().valueStream().map(i -> i.get("code").asString()))
        .as("nothing stored")
        .doesNotContain("y" + fx.suffix);
    assertThat(
            http.post(
                    "/api/indicators",
                    Map.of(
                        "code",
                        "z" + fx.suffix,
                        "name",
                        "Có chuyên mục",
                        "kind",
                        "PRESENCE",
                        "categories",
                        List.of("PORTAL_SECTION")))
                .status())
        .isEqualTo(201);
    // Retired again: the other tests of this class read the table of seed 004's indicators only.
    assertThat(
            http.patch(
                    "/api/indicators/z" + fx.suffix, Map.of("active", false), "If-Match", "\"1\"")
                .status())
        .isEqualTo(200);
    String unit = fx.province.id();
    assertThat(http.get("/api/statistics/indicators?unit=" + unit + "&from=2025&to=2021").status())
        .isEqualTo(400);
    assertThat(
            http.get(
                    "/api/statistics/indicators?unit="
                        + unit
                        + "&from=2021&to=2025&asOf=2025-03-20")
                .status())
        .isEqualTo(400);
    // A unit nobody knows is refused like another's (403): the answer tells nothing about
    // existence.
    assertThat(http.get("/api/statistics/indicators?unit=nowhere&from=2021&to=2025").status())
        .isEqualTo(403);
    Http.Response by =
        http.get("/api/statistics/breakdown?unit=" + unit + "&period=2025&by=district");
    assertThat(by.status()).isEqualTo(400);
    assertThat(by.json().get("errors").get(0).get("message").asString())
        .endsWith(
            "theo đơn vị trực thuộc (child), theo hình thức tuyên truyền (category), theo tháng"
                + " (month).");
    assertThat(http.get("/api/statistics/breakdown?unit=" + unit + "&period=2025").status())
        .isEqualTo(400);
  }
}
