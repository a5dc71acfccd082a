package vn.loa.report.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;

/** The indicator table as the appendix lays it out: STT, Chỉ tiêu, then one column per year. */
public final class IndicatorExports {

  private IndicatorExports() {}

  /**
   * UTF-8 CSV with a BOM (so spreadsheet programs read the Vietnamese right), as every table's
   * ({@link TableExport#csv()}): numbers unformatted, a text a spreadsheet could run as a formula
   * neutralised.
   */
  public static byte[] csv(IndicatorTable.Table table) {
    List<Column> columns =
        new ArrayList<>(List.of(Column.text("STT", 8), Column.text("Chỉ tiêu", 45)));
    table.columns().forEach(c -> columns.add(Column.number(c.label(), 22)));
    List<List<Object>> rows = new ArrayList<>();
    for (IndicatorTable.Row row : table.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.code(), row.name()));
      cells.addAll(row.values());
      rows.add(cells);
    }
    return new TableExport("Phụ lục", columns, rows).csv();
  }

  /**
   * A workbook in Times New Roman, title, header with the unit name above the years, thousands
   * grouped.
   */
  public static byte[] xlsx(IndicatorTable.Table table) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = wb.createSheet("Phụ lục");
      CellStyle title = style(wb, true, false);
      title.setAlignment(HorizontalAlignment.CENTER);
      CellStyle head = style(wb, true, true);
      head.setAlignment(HorizontalAlignment.CENTER);
      head.setWrapText(true);
      CellStyle text = style(wb, false, true);
      text.setWrapText(true);
      CellStyle number = style(wb, false, true);
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      number.setAlignment(HorizontalAlignment.CENTER);
      int years = table.columns().size();
      int lastCol = 1 + Math.max(years, 1);

      XSSFRow t = sheet.createRow(0);
      cell(t, 0, "Phụ lục", title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastCol));
      XSSFRow t2 = sheet.createRow(1);
      cell(t2, 0, table.title(), title);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastCol));

      XSSFRow h1 = sheet.createRow(3);
      XSSFRow h2 = sheet.createRow(4);
      cell(h1, 0, "STT", head);
      cell(h2, 0, "", head);
      cell(h1, 1, "Chỉ tiêu", head);
      cell(h2, 1, "", head);
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
      for (int i = 0; i < years; i++) {
        cell(h1, 2 + i, i == 0 ? table.unitName() : "", head);
        cell(h2, 2 + i, table.columns().get(i).label(), head);
      }
      if (years > 1) {
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 1 + years));
      }
      int r = 5;
      for (IndicatorTable.Row row : table.rows()) {
        XSSFRow x = sheet.createRow(r++);
        cell(x, 0, row.code(), text);
        cell(x, 1, row.name(), text);
        for (int i = 0; i < row.values().size(); i++) {
          Object v = row.values().get(i);
          XSSFCell c = x.createCell(2 + i);
          if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
            c.setCellStyle(number);
          } else {
            c.setCellValue(String.valueOf(v));
            c.setCellStyle(text);
          }
        }
      }
      sheet.setColumnWidth(0, 8 * 256);
      sheet.setColumnWidth(1, 45 * 256);
      for (int i = 0; i < years; i++) {
        sheet.setColumnWidth(2 + i, 22 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(XSSFRow row, int col, String value, CellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean border) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setFontName("Times New Roman");
    f.setFontHeightInPoints((short) 13);
    f.setBold(bold);
    s.setFont(f);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (border) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }
}
