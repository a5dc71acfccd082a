package vn.loa.report.reporting.web.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.contracts.category.CategoryChanged;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.report.category.Categories;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.reporting.Obligations;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * A commune's quarterly report as the Word document it signs (issue 14, item 2): the structure of
 * seed 004, the window's figures drafted into sentences that equal the report's figures, the forms
 * named as task-service names them, the units that did most and the notable activities with their
 * outlets; what the commune wrote taking precedence; the appendix of indicators and forms, frozen
 * once taken in, with "Thay đổi sau khi tiếp nhận" where corrections changed them; refusals.
 */
@IntegrationTest
class ReportDocumentTest {

  static final String WINDOW = "2026Q3";
  static final String FIRST_TITLE = "Chuyên mục “Cải cách hành chính” trên loa truyền thanh";

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgTree tree;
  @Autowired Obligations obligations;
  @Autowired Categories categories;

  Fixtures fx;
  String commune;
  OrgUnitChanged office;
  Http officer;
  Http city;
  String id;
  ActivitySnapshot first;

  @BeforeEach
  void aCommuneWithTwoUnitsOwesItsQuarterlyReport() {
    fx = new Fixtures(codec).publishHierarchy();
    commune = fx.commune.id();
    office =
        new OrgUnitChanged(
            "vp-" + fx.suffix,
            "VP",
            "Văn phòng HĐND và UBND " + fx.suffix,
            "UNIT",
            commune,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1);
    fx.publish(office);
    fx.publish(
        new CategoryChanged(
            "BROADCAST", "Phát thanh, truyền thanh, truyền hình", "Broadcasts", 4, true, 1));
    fx.publish(new CategoryChanged("CONFERENCE", "Hội nghị, hội thảo", "Conferences", 6, true, 1));
    // renamed by the city office since: the document says what it is called now
    fx.publish(
        new CategoryChanged(
            "CONFERENCE", "Hội nghị, hội thảo, tọa đàm, đối thoại", "Conferences", 6, true, 2));
    fx.publishQuarterlyPlanFor(commune);
    officer = Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", commune));
    city = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", fx.province.id()));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                obligations.find(commune, WINDOW).isPresent()
                    && tree.find(office.id()).isPresent()
                    && categories.name("CONFERENCE").endsWith("đối thoại"));

    first =
        fx.activity()
            .broadcasts(10)
            .titled(FIRST_TITLE, "Đài truyền thanh xã")
            .on("2026-08-05")
            .recorded();
    fx.publish(first);
    fx.publish(
        fx.activity()
            .broadcasts(3)
            .titled("Bản tin thủ tục hành chính", "Đài truyền thanh xã")
            .on("2026-07-10")
            .recorded());
    fx.publish(
        fx.activity()
            .by(office.id())
            .broadcasts(4)
            .titled("Phát thanh dịch vụ công", null)
            .on("2026-09-01")
            .recorded());
    fx.publish(
        fx.activity()
            .by(commune)
            .of("CONFERENCE", 1)
            .reaching(120)
            .titled("Hội nghị đối thoại về thủ tục hành chính", "Hội trường UBND xã")
            .on("2026-08-20")
            .recorded());
    // withdrawn: counts for nothing and is not notable; after the window: not in it
    Fixtures.ActivityBuilder mistake =
        new Fixtures.ActivityBuilder("a-mistake-" + fx.suffix, office.id())
            .broadcasts(50)
            .titled("Nhập nhầm", "x")
            .on("2026-08-01");
    fx.publish(mistake.recorded());
    fx.publish(mistake.withdrawnAt(2));
    fx.publish(fx.activity().broadcasts(99).titled("Ngoài kỳ", "x").on("2026-09-20").recorded());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> figure("BROADCAST", 0) == 17 && figure("CONFERENCE", 2) == 1);
    id = report().get("id").asString();
  }

  @AfterEach
  void close() {
    fx.close();
  }

  JsonNode report() {
    return city.get("/api/reports?unit=" + commune + "&window=" + WINDOW).json().get(0);
  }

  long figure(String category, int i) {
    JsonNode f = report().get("figures").get(category);
    return f == null ? -1 : f.get(i).asLong();
  }

  XWPFDocument docx(Http who, String name) throws IOException {
    Http.Response r = who.get("/api/reports/" + id + "/document.docx");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Content-Type"))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(r.header("Content-Disposition"))
        .contains("bao-cao-" + commune + "-" + id.substring(id.lastIndexOf('-') + 1) + ".docx");
    Files.createDirectories(Path.of("target", "documents"));
    Files.write(Path.of("target", "documents", name + ".docx"), r.bytes());
    return new XWPFDocument(new ByteArrayInputStream(r.bytes()));
  }

  static List<String> body(XWPFDocument doc) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
        lines.add(p.getText());
      }
    }
    return lines;
  }

  static List<String> row(XWPFTable table, String first) {
    return table.getRows().stream()
        .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
        .filter(cells -> cells.getFirst().equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first));
  }

  static String number(long n) {
    return String.format(Locale.forLanguageTag("vi"), "%,d", n);
  }

  @Test
  void the_draft_reads_as_seed_004_with_its_figures_drafted_into_sentences() throws IOException {
    JsonNode figures = report().get("figures");
    long activities = 0;
    long participants = 0;
    for (JsonNode f : figures) {
      activities += f.get(2).asLong();
      participants += f.get(1).asLong();
    }
    assertThat(activities).isEqualTo(4);
    assertThat(participants).isEqualTo(120);
    JsonNode broadcast = figures.get("BROADCAST");
    assertThat(broadcast.get(0).asLong()).isEqualTo(17);
    try (XWPFDocument doc = docx(officer, "bao-cao-du-thao")) {
      XWPFTable masthead = doc.getTables().getFirst();
      assertThat(masthead.getRow(0).getCell(0).getText())
          .startsWith("ỦY BAN NHÂN DÂN XÃ " + fx.suffix.toUpperCase(Locale.ROOT))
          .contains("Số:")
          .doesNotContain("THÀNH PHỐ");
      assertThat(masthead.getRow(0).getCell(1).getText())
          .contains("Độc lập - Tự do - Hạnh phúc", fx.suffix + ", ngày ")
          .doesNotContainPattern("ngày \\d");
      List<String> lines = body(doc);
      assertThat(lines)
          .containsSubsequence(
              "DỰ THẢO",
              "BÁO CÁO",
              "Kết quả công tác tuyên truyền cải cách hành chính quý III năm 2026",
              "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
              "1. Kết quả thực hiện",
              "Trong quý III năm 2026 (từ ngày 15/06/2026 đến ngày 14/09/2026), xã "
                  + fx.suffix
                  + " và các đơn vị trực thuộc đã thực hiện "
                  + number(activities)
                  + " hoạt động tuyên truyền cải cách hành chính, thu hút "
                  + number(participants)
                  + " lượt người tham gia, với 2 hình thức như sau:",
              "a) Phát thanh, truyền thanh, truyền hình",
              "- Đã thực hiện "
                  + number(broadcast.get(2).asLong())
                  + " hoạt động với số lượng "
                  + number(broadcast.get(0).asLong())
                  + ".",
              "- Đơn vị thực hiện nhiều nhất: Phòng Văn hóa – Xã hội "
                  + fx.suffix
                  + " (13), Văn phòng HĐND và UBND "
                  + fx.suffix
                  + " (4).",
              "- Hoạt động tiêu biểu: “"
                  + FIRST_TITLE
                  + "” (Đài truyền thanh xã, ngày 05/08/2026); “Phát thanh dịch vụ công” (ngày"
                  + " 01/09/2026).",
              "b) Hội nghị, hội thảo, tọa đàm, đối thoại",
              "- Đã thực hiện 1 hoạt động với số lượng 1, thu hút 120 lượt người tham gia.",
              "- Hoạt động tiêu biểu: “Hội nghị đối thoại về thủ tục hành chính” (Hội trường UBND"
                  + " xã, ngày 20/08/2026, 120 lượt người tham gia).",
              "PHỤ LỤC");
      assertThat(String.join("\n", lines))
          .doesNotContain("Nhập nhầm", "Ngoài kỳ", "BROADCAST", "CONFERENCE", "II. ");

      XWPFTable signer = doc.getTables().get(1);
      assertThat(signer.getRow(0).getCell(0).getText())
          .contains("Nơi nhận:", "- Thành phố " + fx.suffix + ";", "- Lưu: VT.");
      XWPFTable indicators = doc.getTables().get(2);
      assertThat(indicators.getRow(0).getCell(2).getText()).isEqualTo("Quý III năm 2026");
      assertThat(row(indicators, "1.2").get(2)).as("press and broadcasts").isEqualTo("17");
      assertThat(row(indicators, "1.1").get(2)).isEqualTo("0");
      XWPFTable forms = doc.getTables().get(3);
      assertThat(row(forms, "1"))
          .containsExactly("1", "Phát thanh, truyền thanh, truyền hình", "3", "17", "0");
      assertThat(row(forms, "")).containsExactly("", "Tổng cộng", "4", "18", "120");
    }
  }

  @Test
  void what_the_commune_wrote_comes_first_and_a_report_taken_in_keeps_its_figures()
      throws IOException {
    Http.Response written =
        officer.put(
            "/api/reports/" + id,
            Map.of(
                "guidance", "Ban hành Kế hoạch tuyên truyền CCHC năm 2026.",
                "results",
                    "Phát thanh 17 chuyên mục CCHC trên loa truyền thanh.\n"
                        + "Tổ chức 01 hội nghị đối thoại.",
                "limitations", "Nội dung tuyên truyền chưa phong phú.",
                "directions", "- Đổi mới chuyên mục CCHC.",
                "proposals", "Bổ sung kinh phí."));
    assertThat(written.status()).as(written.toString()).isEqualTo(200);
    assertThat(officer.post("/api/reports/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(city.post("/api/reports/" + id + "/approve", null).status()).isEqualTo(200);

    // a correction after it was taken in: 10 → 12 broadcasts
    fx.publish(
        new Fixtures.ActivityBuilder(first.id(), first.unitId())
            .broadcasts(12)
            .titled(FIRST_TITLE, "Đài truyền thanh xã")
            .on("2026-08-05")
            .version(2));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> report().get("changedAfterApproval").asBoolean());

    try (XWPFDocument doc = docx(officer, "bao-cao-da-tiep-nhan")) {
      List<String> lines = body(doc);
      assertThat(lines)
          .containsSubsequence(
              "BÁO CÁO",
              "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH",
              "1. Công tác tham mưu, chỉ đạo, điều hành",
              "Ban hành Kế hoạch tuyên truyền CCHC năm 2026.",
              "2. Kết quả thực hiện",
              "Phát thanh 17 chuyên mục CCHC trên loa truyền thanh.",
              "Tổ chức 01 hội nghị đối thoại.",
              "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
              "1. Tồn tại, hạn chế",
              "Nội dung tuyên truyền chưa phong phú.",
              "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
              "- Đổi mới chuyên mục CCHC.",
              "IV. ĐỀ XUẤT, KIẾN NGHỊ",
              "Bổ sung kinh phí.",
              "PHỤ LỤC");
      assertThat(lines).doesNotContain("DỰ THẢO").noneMatch(l -> l.startsWith("- Đã thực hiện"));
      assertThat(doc.getTables().getFirst().getRow(0).getCell(1).getText())
          .containsPattern(fx.suffix + ", ngày \\d\\d tháng \\d+ năm 2\\d{3}");
      XWPFTable indicators = doc.getTables().get(2);
      assertThat(indicators.getRow(0).getCell(3).getText()).isEqualTo("Thay đổi sau khi tiếp nhận");
      assertThat(row(indicators, "1.2").subList(2, 4))
          .as("as taken in, and as it stands now")
          .containsExactly("17", "19");
      assertThat(row(indicators, "1.1").get(3)).as("unchanged").isEmpty();
      XWPFTable forms = doc.getTables().get(3);
      assertThat(row(forms, "1"))
          .containsExactly(
              "1",
              "Phát thanh, truyền thanh, truyền hình",
              "3",
              "17",
              "0",
              "3 hoạt động; số lượng 19; 0 lượt");
      assertThat(row(forms, "2").get(5)).isEmpty();
      assertThat(lines)
          .anyMatch(l -> l.startsWith("Số liệu đã được Thành phố " + fx.suffix + " tiếp nhận lúc "))
          .anyMatch(l -> l.startsWith("Sau khi tiếp nhận, đơn vị đã điều chỉnh"));
    }

    Http.Response pdf = officer.get("/api/reports/" + id + "/document.pdf");
    if (pdf.status() == 503) {
      String message = "PDF NOT CHECKED: the server has no converter (" + pdf.text() + ")";
      System.err.println("*".repeat(80) + "\n" + message + "\n" + "*".repeat(80));
      org.junit.jupiter.api.Assumptions.abort(message);
    }
    assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    Files.write(Path.of("target", "documents", "bao-cao-da-tiep-nhan.pdf"), pdf.bytes());
    try (PDDocument read = Loader.loadPDF(pdf.bytes())) {
      String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("BÁO CÁO", "Phát thanh 17 chuyên mục CCHC", "Thay đổi sau khi tiếp nhận");
    }
  }

  @Test
  void a_window_with_nothing_recorded_says_so() throws IOException {
    id =
        city.get("/api/reports?unit=" + commune + "&window=2027Q1")
            .json()
            .get(0)
            .get("id")
            .asString();
    try (XWPFDocument doc = docx(officer, "bao-cao-trong")) {
      assertThat(body(doc))
          .contains(
              "Trong quý I năm 2027 (từ ngày 15/12/2026 đến ngày 14/03/2027), xã "
                  + fx.suffix
                  + " chưa ghi nhận hoạt động tuyên truyền cải cách hành chính nào.");
      assertThat(row(doc.getTables().get(3), "")).containsExactly("", "Tổng cộng", "0", "0", "0");
    }
  }

  @Test
  void whoever_may_not_read_the_report_gets_a_problem_and_no_document() {
    Http otherCommune =
        Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", "c3-" + fx.suffix));
    Http.Response foreign = otherCommune.get("/api/reports/" + id + "/document.docx");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
    assertThat(otherCommune.get("/api/reports/" + id + "/document.pdf").status()).isEqualTo(403);
    Http.Response unknown = officer.get("/api/reports/r-" + commune + "-2019Q1/document.docx");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    assertThat(officer.get("/api/reports/nonsense/document.docx").status()).isEqualTo(404);
    assertThat(Http.localhost(port).get("/api/reports/" + id + "/document.docx").status())
        .isEqualTo(401);
  }
}
