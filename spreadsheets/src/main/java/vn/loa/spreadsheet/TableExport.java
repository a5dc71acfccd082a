package vn.loa.spreadsheet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as a spreadsheet: its columns (header, kind, width) and rows, written as an Excel
 * workbook — header in bold and frozen, columns as wide as asked, numbers grouped, days as
 * dd/mm/yyyy, times in Vietnam — or as CSV in UTF-8 with a BOM (so Excel reads the Vietnamese
 * right), days and times written the same way. Any text a spreadsheet could run as a formula is
 * neutralised in both ({@link SpreadsheetText}).
 */
public record TableExport(String sheet, List<Column> columns, List<List<Object>> rows) {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Rows of a workbook held as cells while it is written. */
  static final int ROWS_IN_MEMORY = 200;

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

  /** What a column holds. */
  public enum Kind {
    TEXT,
    NUMBER,
    DAY,
    TIME
  }

  /** A column: its header in words, what it holds, its width in characters. */
  public record Column(String header, Kind kind, int width) {

    public static Column text(String header, int width) {
      return new Column(header, Kind.TEXT, width);
    }

    public static Column number(String header, int width) {
      return new Column(header, Kind.NUMBER, width);
    }

    public static Column day(String header, int width) {
      return new Column(header, Kind.DAY, width);
    }

    public static Column time(String header, int width) {
      return new Column(header, Kind.TIME, width);
    }
  }

  public TableExport {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A table of {@code columns}, rows to be added. */
  public static Builder of(String sheet, Column... columns) {
    return new Builder(sheet, List.of(columns));
  }

  /** Adds rows in the columns' order. */
  public static final class Builder {
    private final String sheet;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String sheet, List<Column> columns) {
      this.sheet = sheet;
      this.columns = columns;
    }

    public Builder row(Object... cells) {
      rows.add(java.util.Arrays.asList(cells));
      return this;
    }

    public TableExport build() {
      return new TableExport(sheet, columns, rows);
    }
  }

  /** The CSV: UTF-8 with a BOM, CRLF lines, every cell quoted. */
  public byte[] csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(line(columns.stream().map(Column::header).toList()));
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        cells.add(text(i < row.size() ? row.get(i) : null));
      }
      out.append(line(cells));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The workbook, written as it streams: only {@link #ROWS_IN_MEMORY} rows are held as cells at a
   * time (the rest go to a temporary file, removed at the end), so a table of 20,000 rows costs the
   * bytes of its file, not a heap of cell objects.
   */
  public byte[] xlsx() {
    SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SXSSFSheet s = wb.createSheet(sheet);
      CellStyle head = style(wb, true);
      head.setWrapText(true);
      CellStyle text = style(wb, false);
      text.setWrapText(true);
      CellStyle number = style(wb, false);
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle day = style(wb, false);
      day.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle time = style(wb, false);
      time.setDataFormat(wb.createDataFormat().getFormat("hh:mm:ss dd/mm/yyyy"));
      Row h = s.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        Cell c = h.createCell(i);
        c.setCellValue(SpreadsheetText.neutralize(columns.get(i).header()));
        c.setCellStyle(head);
        s.setColumnWidth(i, Math.min(255, Math.max(4, columns.get(i).width())) * 256);
      }
      s.createFreezePane(0, 1);
      int r = 1;
      for (List<Object> row : rows) {
        Row x = s.createRow(r++);
        for (int i = 0; i < columns.size(); i++) {
          Object v = i < row.size() ? row.get(i) : null;
          Cell c = x.createCell(i);
          boolean numeric = columns.get(i).kind() == Kind.NUMBER;
          switch (v) {
            case null -> c.setCellStyle(text);
            case Number n when numeric -> {
              c.setCellValue(n.doubleValue());
              c.setCellStyle(number);
            }
            case LocalDate d -> {
              c.setCellValue(d);
              c.setCellStyle(day);
            }
            case Instant t -> {
              c.setCellValue(LocalDateTime.ofInstant(t, VIETNAM));
              c.setCellStyle(time);
            }
            default -> {
              c.setCellValue(SpreadsheetText.neutralize(String.valueOf(v)));
              c.setCellStyle(text);
            }
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }

  /**
   * The answer to a download of {@code name}: CSV when the request's path ends in {@code .csv},
   * Excel otherwise.
   */
  public ResponseEntity<byte[]> download(String name, HttpServletRequest request) {
    return download(name, request.getRequestURI().endsWith(".csv") ? "csv" : "xlsx");
  }

  /** The answer to a download: {@code name.xlsx} or {@code name.csv}, by {@code format}. */
  public ResponseEntity<byte[]> download(String name, String format) {
    boolean csv = "csv".equals(format);
    return attachment(
        name + (csv ? ".csv" : ".xlsx"),
        csv ? MediaType.parseMediaType("text/csv;charset=UTF-8") : MediaType.parseMediaType(XLSX),
        csv ? csv() : xlsx());
  }

  /**
   * A file to save rather than show: {@code Content-Disposition: attachment} with {@code filename}
   * (UTF-8, so Vietnamese names survive), the type, the bytes. Tables, plan and report documents.
   */
  public static ResponseEntity<byte[]> attachment(String filename, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(type)
        .body(body);
  }

  private static String text(Object v) {
    return switch (v) {
      case null -> "";
      case Number n -> String.valueOf(n);
      case LocalDate d -> DAY.format(d);
      case Instant t -> TIME.format(t.atZone(VIETNAM));
      default -> SpreadsheetText.neutralize(String.valueOf(v));
    };
  }

  private static String line(List<String> cells) {
    return String.join(",", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())
        + "\r\n";
  }

  private static CellStyle style(Workbook wb, boolean bold) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setFontName("Times New Roman");
    f.setFontHeightInPoints((short) 12);
    f.setBold(bold);
    s.setFont(f);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }
}
