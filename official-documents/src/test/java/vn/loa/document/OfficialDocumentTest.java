package vn.loa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The layout figures of Decree 30/2020/NĐ-CP, read back from the Word file. */
class OfficialDocumentTest {

  static XWPFDocument read(OfficialDocument doc) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(doc.bytes()));
  }

  static OfficialDocument sample() {
    OfficialDocument doc = new OfficialDocument();
    doc.masthead(
        "UBND thành phố Hải Phòng", "Sở Nội vụ", "58/KH-NV", "Hải Phòng, ngày 10 tháng 3 năm 2025");
    doc.title("Kế hoạch", "Tuyên truyền cải cách hành chính năm 2025");
    doc.heading("I. MỤC ĐÍCH, YÊU CẦU");
    doc.paragraph("Nâng cao nhận thức của cán bộ, công chức.");
    doc.item("Bám sát chỉ đạo của Ủy ban nhân dân thành phố.");
    doc.signature(
        List.of("Ủy ban nhân dân thành phố;", "Lưu: VT."),
        "KT. Giám đốc",
        "Phó Giám đốc",
        "Nguyễn Văn A",
        "");
    doc.appendix(
        "PHỤ LỤC",
        "Thống kê",
        List.of("STT", "Chỉ tiêu", "Năm 2025"),
        List.of(List.of("1.1", "Cuộc thi", "1")));
    return doc;
  }

  @Test
  void a4_with_the_decrees_margins_and_a_page_number_from_page_two() throws IOException {
    try (XWPFDocument doc = read(sample())) {
      var section = doc.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW()).hasToString("11906");
      assertThat(section.getPgSz().getH()).hasToString("16838");
      // 20 mm top and bottom, 30 mm left, 15 mm right: inside the decree's 20–25, 30–35, 15–20 mm
      assertThat(section.getPgMar().getTop()).hasToString("1134");
      assertThat(section.getPgMar().getBottom()).hasToString("1134");
      assertThat(section.getPgMar().getLeft()).hasToString("1701");
      assertThat(section.getPgMar().getRight()).hasToString("850");
      assertThat(section.isSetTitlePg()).isTrue();
      assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
      assertThat(
              doc.getHeaderFooterPolicy()
                  .getDefaultHeader()
                  .getParagraphs()
                  .getFirst()
                  .getCTP()
                  .getFldSimpleList())
          .anySatisfy(f -> assertThat(f.getInstr()).startsWith("PAGE"));
    }
  }

  @Test
  void every_run_is_times_new_roman_and_the_body_is_14_pt_justified() throws IOException {
    try (XWPFDocument doc = read(sample())) {
      List<XWPFRun> runs = new java.util.ArrayList<>();
      doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
      doc.getTables()
          .forEach(
              t ->
                  t.getRows()
                      .forEach(
                          r ->
                              r.getTableCells()
                                  .forEach(
                                      c ->
                                          c.getParagraphs()
                                              .forEach(p -> runs.addAll(p.getRuns())))));
      assertThat(runs)
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
      XWPFParagraph body = paragraph(doc, "Nâng cao nhận thức");
      assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(body.getIndentationFirstLine()).isEqualTo(720);
      assertThat(body.getRuns().getFirst().getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(paragraph(doc, "- Bám sát")).isNotNull();
      XWPFParagraph heading = paragraph(doc, "I. MỤC ĐÍCH");
      assertThat(heading.getRuns().getFirst().isBold()).isTrue();
    }
  }

  @Test
  void the_masthead_the_signer_and_the_appendix_where_the_decree_puts_them() throws IOException {
    try (XWPFDocument doc = read(sample())) {
      XWPFTable masthead = doc.getTables().getFirst();
      assertThat(masthead.getRow(0).getCell(0).getText())
          .contains("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ", "Số: 58/KH-NV");
      assertThat(masthead.getRow(0).getCell(1).getText())
          .contains(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Hải Phòng, ngày 10 tháng 3 năm 2025");
      XWPFTable signer = doc.getTables().get(1);
      assertThat(signer.getRow(0).getCell(0).getText())
          .contains("Nơi nhận:", "- Ủy ban nhân dân thành phố;", "- Lưu: VT.");
      assertThat(signer.getRow(0).getCell(1).getText())
          .contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A");
      XWPFParagraph appendix = paragraph(doc, "PHỤ LỤC");
      assertThat(appendix.isPageBreak()).isTrue();
      XWPFTable table = doc.getTables().get(2);
      assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Năm 2025");
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Cuộc thi");
      assertThat(
              table.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold())
          .isTrue();
    }
  }

  @Test
  void a_draft_says_so_and_an_unsigned_document_says_who_signs() throws IOException {
    OfficialDocument draft = new OfficialDocument();
    draft.masthead(
        null,
        "Ủy ban nhân dân xã Kim Thành",
        "      /KH-UBND",
        "Kim Thành, ngày    tháng    năm 2025");
    draft.draftMark("DỰ THẢO");
    draft.title("Báo cáo", "Kết quả");
    draft.signature(List.of("Lưu: VT."), null, null, null, "(chưa ký)");
    try (XWPFDocument doc = read(draft)) {
      XWPFTable masthead = doc.getTables().getFirst();
      assertThat(masthead.getRow(0).getCell(0).getParagraphs().getFirst().getText())
          .isEqualTo("ỦY BAN NHÂN DÂN XÃ KIM THÀNH");
      XWPFParagraph mark = paragraph(doc, "DỰ THẢO");
      assertThat(mark.getBorderTop()).isNotNull();
      assertThat(mark.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(doc.getTables().get(1).getRow(0).getCell(1).getText()).isEqualTo("(chưa ký)");
    }
  }

  @Test
  void the_place_and_date_line_writes_days_and_months_as_the_decree_does() {
    assertThat(OfficialDocument.placeAndDate("Hải Phòng", java.time.LocalDate.of(2025, 1, 5)))
        .isEqualTo("Hải Phòng, ngày 05 tháng 01 năm 2025");
    assertThat(OfficialDocument.placeAndDate("Kim Thành", java.time.LocalDate.of(2025, 10, 15)))
        .isEqualTo("Kim Thành, ngày 15 tháng 10 năm 2025");
    assertThat(OfficialDocument.placeAndDate(null, null))
        .startsWith("ngày ")
        .doesNotContainPattern("\\d");
  }

  @Test
  void parts_and_items_are_numbered_as_they_come_and_a_further_table_keeps_to_the_page()
      throws IOException {
    OfficialDocument doc = new OfficialDocument();
    OfficialDocument.Parts parts = new OfficialDocument.Parts(doc);
    parts.part("KẾT QUẢ");
    parts.item("Công tác chỉ đạo");
    parts.item("Kết quả thực hiện");
    parts.part("PHƯƠNG HƯỚNG");
    parts.item("Nhiệm vụ");
    doc.table("Số liệu", List.of("STT", "Hình thức"), List.of(List.of("1", "Phát thanh")));
    doc.note("Số liệu đã tiếp nhận.");
    try (XWPFDocument read = read(doc)) {
      assertThat(
              read.getParagraphs().stream()
                  .map(XWPFParagraph::getText)
                  .filter(t -> !t.isBlank())
                  .toList())
          .startsWith(
              "I. KẾT QUẢ",
              "1. Công tác chỉ đạo",
              "2. Kết quả thực hiện",
              "II. PHƯƠNG HƯỚNG",
              "1. Nhiệm vụ",
              "Số liệu");
      assertThat(paragraph(read, "Số liệu").isPageBreak()).isFalse();
      assertThat(paragraph(read, "Số liệu đã").getRuns().getFirst().isItalic()).isTrue();
      assertThat(read.getTables().getFirst().getRow(1).getCell(1).getText())
          .isEqualTo("Phát thanh");
      // STT narrow, the form takes the rest of the text width
      assertThat(read.getTables().getFirst().getRow(1).getCell(0).getWidth()).isEqualTo(800);
      assertThat(read.getTables().getFirst().getRow(1).getCell(1).getWidth())
          .isEqualTo(
              OfficialDocument.PAGE_WIDTH
                  - OfficialDocument.MARGIN_LEFT
                  - OfficialDocument.MARGIN_RIGHT
                  - 800);
    }
  }

  @Test
  void a_numbering_column_is_narrow_and_what_the_row_is_about_is_wide() {
    int[] w = OfficialDocument.widths(List.of("STT", "Chỉ tiêu", "Quý III", "Thay đổi", "x"));
    assertThat(w[0]).isEqualTo(800);
    assertThat(w[1]).isGreaterThanOrEqualTo(2 * w[2]);
    assertThat(java.util.Arrays.stream(w).sum())
        .isCloseTo(9355, org.assertj.core.data.Offset.offset(4));
    assertThat(OfficialDocument.widths(List.of("Hình thức", "Số lượng"))[0])
        .isGreaterThan(OfficialDocument.widths(List.of("Hình thức", "Số lượng"))[1]);
  }

  static XWPFParagraph paragraph(XWPFDocument doc, String start) {
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && p.getText().startsWith(start)) {
        return p;
      }
    }
    throw new AssertionError("no paragraph starts with " + start);
  }
}
