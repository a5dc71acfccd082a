package vn.loa.task.activity.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Last month's broadcasts from a spreadsheet: valid rows recorded once, bad rows reported with
 * reasons.
 */
@IntegrationTest
class ImportTest {

  static final String HEADER =
      "Mã đơn vị,Hình thức,Ngày thực hiện,Nội dung,Số lượng,Số lượt người,\"Kênh, cơ quan đăng"
          + " phát\"\r\n";

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;

  Http http;
  String commune;

  @BeforeEach
  void aCommune() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("tp")));
    var province = units.province("tp");
    var xa = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, xa);
    commune = xa.id();
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune).isPresent());
  }

  String row(String unit, String date, String title, String quantity) {
    return unit + ",BROADCAST," + date + "," + title + "," + quantity + ",,Đài truyền thanh xã\r\n";
  }

  JsonNode awaitDone(Http.Response accepted) {
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String location = accepted.header("Location");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !http.get(location).json().get("status").asString().matches("QUEUED|RUNNING"));
    return http.get(location).json();
  }

  Http.Response upload(String name, byte[] content) {
    return http.upload(
        "/api/activities/imports", "file", name, content, "application/octet-stream");
  }

  @Test
  void valid_rows_are_recorded_bad_rows_reported_and_the_same_file_again_creates_nothing() {
    String csv =
        HEADER
            + row(commune, "05/08/2025", "Phát thanh CCHC tuần 1", "3")
            + row(commune, "2025-08-12", "Phát thanh CCHC tuần 2", "3")
            + row(commune, "19/08/2025", "\"Phát thanh CCHC, tuần 3\"", "1.000")
            + row("xa-khong-co", "26/08/2025", "Phát thanh CCHC tuần 4", "3")
            + row(commune, "26/08/2025", "Phát thanh CCHC tuần 4", "\"1,5\"")
            + row(commune, "27/08/2025", "=HYPERLINK(\"http://x\")", "2");
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);

    JsonNode first = awaitDone(upload("phat-thanh-thang-8.csv", file));

    assertThat(first.get("status").asString()).isEqualTo("DONE");
    assertThat(first.get("processedRows").asLong()).isEqualTo(6);
    assertThat(first.get("created").asLong()).isEqualTo(3);
    assertThat(first.get("rejectedCount").asLong()).isEqualTo(3);
    assertThat(first.get("rejections").valueStream().map(r -> r.get("row").asLong()))
        .containsExactly(5L, 6L, 7L);
    // An unknown unit is outside everyone's scope: the row says so, and nothing about whether it
    // exists.
    assertThat(first.get("rejections").get(0).get("errors").get(0).get("code").asString())
        .isEqualTo("outside-scope");
    assertThat(first.get("rejections").get(1).get("errors").get(0).get("field").asString())
        .isEqualTo("quantity");
    assertThat(first.get("rejections").get(2).get("errors").get(0).get("code").asString())
        .isEqualTo("formula");
    assertThat(first.get("rejections").get(2).get("errors").get(0).get("message").asString())
        .contains("công thức");
    JsonNode recorded = http.get("/api/activities?unit=" + commune).json();
    assertThat(recorded.valueStream().mapToLong(a -> a.get("quantity").asLong()).sum())
        .isEqualTo(1006);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
                        .filter(r -> r.value().contains(commune))
                        .count()
                    == 3);

    JsonNode again = awaitDone(upload("phat-thanh-thang-8 (1).csv", file));
    assertThat(again.get("created").asLong()).isZero();
    assertThat(again.get("duplicates").asLong()).isEqualTo(3);
    assertThat(http.get("/api/activities?unit=" + commune).json().size()).isEqualTo(3);
  }

  @Test
  void an_xlsx_workbook_is_read_and_a_formula_cell_refused() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook wb = ImportTemplate.xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.getSheetAt(0);
      XSSFRow example = sheet.getRow(1);
      example.getCell(0).setCellValue(commune);
      XSSFRow formula = sheet.createRow(2);
      formula.createCell(0).setCellValue(commune);
      formula.createCell(1).setCellValue("VISUAL");
      formula.createCell(2).setCellValue("10/08/2025");
      formula.createCell(3).setCellFormula("HYPERLINK(\"http://evil\",\"bấm\")");
      formula.createCell(4).setCellValue(5);
      XSSFRow numbers = sheet.createRow(3);
      numbers.createCell(0).setCellValue(commune);
      numbers.createCell(1).setCellValue("VISUAL");
      numbers.createCell(2).setCellValue(45879); // 2025-08-10 as an Excel date serial
      numbers.createCell(3).setCellValue("Treo băng rôn tuyên truyền CCHC");
      numbers.createCell(4).setCellValue(20);
      wb.write(out);
      workbook = out.toByteArray();
    }

    JsonNode job = awaitDone(upload("co-dong-truc-quan.xlsx", workbook));

    assertThat(job.get("created").asLong()).as(job.toString()).isEqualTo(2);
    assertThat(job.get("rejections").get(0).get("row").asLong()).isEqualTo(3);
    assertThat(job.get("rejections").get(0).get("errors").get(0).get("code").asString())
        .isEqualTo("formula");
    assertThat(
            http.get("/api/activities?unit=" + commune + "&category=VISUAL")
                .json()
                .get(0)
                .get("occurredOn")
                .asString())
        .isEqualTo("2025-08-10");
  }

  @Test
  void a_file_that_cannot_be_imported_is_refused_at_once_and_nothing_is_stored() {
    byte[] latin1 =
        (HEADER + row(commune, "05/08/2025", "Phát thanh", "3"))
            .getBytes(StandardCharsets.ISO_8859_1);
    assertCode(upload("latin1.csv", latin1), 400, "encoding");
    assertCode(
        upload("thieu-cot.csv", "Mã đơn vị,Nội dung\r\nx,y\r\n".getBytes(StandardCharsets.UTF_8)),
        400,
        "missing-columns");
    assertCode(
        upload("bao-cao.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8)), 400, "file-type");
    assertCode(
        upload("gia-xlsx.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)), 400, "file-type");
    assertCode(upload("rong.csv", new byte[0]), 400, "empty-file");
    Http.Response huge = upload("lon.csv", new byte[21 * 1024 * 1024]);
    assertThat(huge.status()).isEqualTo(413);
    assertThat(http.get("/api/activities?unit=" + commune).json().size()).isZero();
    assertThat(http.get("/api/activities/imports/imp-missing").status()).isEqualTo(404);
  }

  void assertCode(Http.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo(code);
  }

  @Test
  void the_templates_have_the_vietnamese_headers() throws IOException {
    Http.Response csv = http.get("/api/activities/imports/template.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text())
        .startsWith(
            "\uFEFF\"Mã đơn vị\",\"Hình thức\",\"Ngày thực hiện\",\"Nội dung\",\"Số lượng\"");
    Http.Response xlsx = http.get("/api/activities/imports/template.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
    }
  }
}
