package vn.loa.task.activity.importing;

import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The import template: the Vietnamese headers and one example row. */
public final class ImportTemplate {

  static final List<String> EXAMPLE =
      List.of(
          "hp-kim-thanh-vhxh",
          "BROADCAST",
          "05/08/2025",
          "Phát thanh chuyên mục CCHC trên Đài truyền thanh xã",
          "12",
          "",
          "Đài truyền thanh xã",
          "https://kimthanh.haiphong.gov.vn/cchc",
          "",
          "");

  private ImportTemplate() {}

  public static String csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(line(java.util.Arrays.stream(ImportColumns.values()).map(c -> c.header).toList()));
    out.append(line(EXAMPLE));
    return out.toString();
  }

  private static String line(List<String> cells) {
    return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())
        + "\r\n";
  }

  public static XSSFWorkbook xlsx() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    XSSFSheet sheet = workbook.createSheet("Hoạt động");
    XSSFCellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    XSSFRow header = sheet.createRow(0);
    ImportColumns[] columns = ImportColumns.values();
    for (int i = 0; i < columns.length; i++) {
      header.createCell(i).setCellValue(columns[i].header);
      header.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, 24 * 256);
    }
    XSSFRow example = sheet.createRow(1);
    for (int i = 0; i < EXAMPLE.size(); i++) {
      example.createCell(i).setCellValue(EXAMPLE.get(i));
    }
    return workbook;
  }
}
