package vn.loa.report.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * A breakdown as a spreadsheet: by child unit or month, headed in Vietnamese, the figures as
 * numbers grouped in Excel and plain in CSV (UTF-8 with a BOM), the header frozen; a unit whose
 * name a spreadsheet would run as a formula written as text; the same refusals as the breakdown
 * itself.
 */
@IntegrationTest
@TestPropertySource(properties = "loa.rollup.unknown-unit-grace=3s")
class BreakdownExportTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  Fixtures fx;
  Http http;
  OrgUnitChanged formula;

  @BeforeEach
  void aCityWithTwoCommunes() {
    fx = new Fixtures(codec).publishHierarchy();
    formula =
        new OrgUnitChanged(
            "f-" + fx.suffix,
            "F",
            "=HYPERLINK(\"http://x\",\"Xã\")",
            "COMMUNE",
            fx.province.id(),
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1);
    fx.publish(formula);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
    fx.publish(fx.activity().broadcasts(2500).reaching(40).on("2025-08-05").recorded());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                http.get("/api/statistics/totals?unit=" + fx.province.id() + "&period=2025Q3")
                        .json()
                        .path("total")
                        .path("quantity")
                        .asLong()
                    == 2500);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void by_child_unit_in_excel_and_csv() throws Exception {
    String query = "?unit=" + fx.province.id() + "&period=2025Q3&by=child";
    Http.Response xlsx = http.get("/api/statistics/breakdown.xlsx" + query);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Disposition")).contains("attachment", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số lượng");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
      boolean communeSeen = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        String name = row.getCell(0).getStringCellValue();
        if (name.equals(fx.commune.name())) {
          communeSeen = true;
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2500);
          assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
          assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(40);
        } else {
          // The formula-like name is text, never a formula.
          assertThat(row.getCell(0).getCellType())
              .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
          assertThat(name).doesNotStartWith("=");
        }
      }
      assertThat(communeSeen).isTrue();
    }
    Http.Response csv = http.get("/api/statistics/breakdown.csv" + query);
    assertThat(csv.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(csv.text())
        .contains("\"Đơn vị\",\"Số lượng\",\"Số người tham dự\",\"Số hoạt động\"")
        .contains("\"" + fx.commune.name() + "\",\"2500\",\"40\",\"1\"")
        .doesNotContain("\"=HYPERLINK");
  }

  @Test
  void by_month_the_months_are_in_words() {
    Http.Response csv =
        http.get(
            "/api/statistics/breakdown.csv?unit=" + fx.province.id() + "&period=2025Q3&by=month");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text())
        .contains(
            "\"Tháng\",\"Số lượng\"",
            "\"Tháng 7 năm 2025\",\"0\"",
            "\"Tháng 8 năm 2025\",\"2500\"");
  }

  @Test
  void a_bad_breakdown_or_a_foreign_unit_is_refused_and_no_file_is_made() {
    Http.Response byCategory =
        http.get(
            "/api/statistics/breakdown.xlsx?unit="
                + fx.province.id()
                + "&period=2025Q3&by=category");
    assertThat(byCategory.status()).isEqualTo(400);
    assertThat(byCategory.text()).contains("by");
    assertThat(
            http.get("/api/statistics/breakdown.csv?unit=" + fx.province.id() + "&by=child")
                .status())
        .isEqualTo(400);
    Http.Response foreign =
        Http.localhost(port)
            .as(TestIdentity.token("COMMUNE_OFFICER", fx.commune.id()))
            .get(
                "/api/statistics/breakdown.xlsx?unit="
                    + fx.province.id()
                    + "&period=2025Q3&by=child");
    assertThat(foreign.status()).isEqualTo(403);
  }
}
