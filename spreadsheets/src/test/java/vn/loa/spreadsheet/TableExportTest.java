package vn.loa.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.loa.spreadsheet.TableExport.Column;

/**
 * A table as the officials open it: in Excel the header bold and frozen, the columns as wide as
 * asked, numbers grouped, days as dd/mm/yyyy, times in Vietnam, every row there even when there are
 * many more than a workbook holds in memory; in CSV the BOM, every cell quoted, CRLF lines, days
 * and times as on the pages; a text that would run as a formula neutralised in both.
 */
class TableExportTest {

  static final int MANY = 20_000;

  private static TableExport table(int rows) {
    TableExport.Builder table =
        TableExport.of(
            "Hoạt động",
            Column.day("Ngày thực hiện", 14),
            Column.text("Nội dung", 50),
            Column.number("Số lượng", 10),
            Column.time("Ghi nhận lúc", 20));
    table.row(
        LocalDate.of(2025, 8, 5),
        "=HYPERLINK(\"http://x\")",
        2500L,
        Instant.parse("2025-08-05T03:00:00Z"));
    for (int i = 1; i < rows; i++) {
      table.row(LocalDate.of(2025, 9, 1), "Phát thanh \"CCHC\" số " + i, (long) i, null);
    }
    return table.build();
  }

  @Test
  void the_workbook_has_every_row_with_the_header_frozen_and_cells_formatted() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(table(MANY).xlsx()))) {
      XSSFSheet sheet = wb.getSheet("Hoạt động");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nội dung");
      assertThat(wb.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getColumnWidth(1)).isEqualTo(50 * 256);
      assertThat(sheet.getLastRowNum()).isEqualTo(MANY);

      var first = sheet.getRow(1);
      assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 8, 5));
      assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(first.getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2500);
      assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(first.getCell(3).getLocalDateTimeCellValue().getHour()).isEqualTo(10);

      var last = sheet.getRow(MANY);
      assertThat(last.getCell(1).getStringCellValue())
          .isEqualTo("Phát thanh \"CCHC\" số " + (MANY - 1));
      assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(MANY - 1);
    }
  }

  @Test
  void the_csv_opens_in_excel_with_the_vietnamese_right() {
    byte[] csv = table(3).csv();
    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.split("\r\n", -1))
        .containsExactly(
            "\uFEFF\"Ngày thực hiện\",\"Nội dung\",\"Số lượng\",\"Ghi nhận lúc\"",
            "\"05/08/2025\",\"'=HYPERLINK(\"\"http://x\"\")\",\"2500\",\"10:00:00 05/08/2025\"",
            "\"01/09/2025\",\"Phát thanh \"\"CCHC\"\" số 1\",\"1\",\"\"",
            "\"01/09/2025\",\"Phát thanh \"\"CCHC\"\" số 2\",\"2\",\"\"",
            "");
  }

  @Test
  void a_download_is_an_attachment_named_in_utf8_in_the_format_its_path_asks_for() {
    TableExport table = table(2);
    var csv = table.download("hoạt-động-2025", new MockHttpServletRequest("GET", "/api/x.csv"));
    assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getFirst("Content-Disposition"))
        .startsWith("attachment")
        .contains("filename*=UTF-8''ho%E1%BA%A1t-%C4%91%E1%BB%99ng-2025.csv");
    assertThat(csv.getBody()).isEqualTo(table.csv());

    var xlsx = table.download("bang", new MockHttpServletRequest("GET", "/api/x.xlsx"));
    assertThat(xlsx.getHeaders().getContentType()).hasToString(TableExport.XLSX);
    assertThat(xlsx.getHeaders().getFirst("Content-Disposition")).contains("bang.xlsx");
    assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');
  }
}
