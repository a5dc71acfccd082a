package vn.loa.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Import files made to hurt a service that reads them carelessly: a header of millions of empty
 * cells, a cell at the last column a sheet can name, a zip bomb, a package of thousands of parts.
 * Each is small to send and huge to hold.
 */
public final class HostileFiles {

  /** The import template's required headers (task-service's import columns). */
  public static final String HEADER = "Mã đơn vị,Hình thức,Ngày thực hiện,Nội dung,Số lượng";

  private HostileFiles() {}

  /** A CSV whose header row goes on with {@code emptyCells} empty cells. */
  public static byte[] csvWideHeader(int emptyCells) {
    byte[] commas = new byte[emptyCells];
    Arrays.fill(commas, (byte) ',');
    return concat(
        (HEADER).getBytes(StandardCharsets.UTF_8), commas, "\n".getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV with one data row whose title is {@code chars} characters long. */
  public static byte[] csvLongCell(String unit, int chars) {
    return (HEADER + "\n" + unit + ",BROADCAST,05/08/2025," + "a".repeat(chars) + ",1\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A CSV with {@code rows} data rows. */
  public static byte[] csvRows(String unit, int rows) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    String row = unit + ",BROADCAST,05/08/2025,Phát thanh CCHC,1\n";
    csv.append(row.repeat(rows));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An XLSX of about 1 KB whose only cell sits in column {@code column} (e.g. {@code FXSHRXW},
   * 2³¹−1).
   */
  public static byte[] xlsxFarColumn(String column) {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
            + " r=\"1\"><c r=\""
            + column
            + "1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";
    return xlsx(sheet, 0, 0);
  }

  /**
   * A valid-looking XLSX package with {@code bombs} extra parts of {@code bombBytes} zeros each.
   */
  public static byte[] xlsxBomb(int bombs, int bombBytes) {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData/></worksheet>";
    return xlsx(sheet, bombs, bombBytes);
  }

  /** A valid-looking XLSX package with {@code parts} extra, tiny parts. */
  public static byte[] xlsxManyParts(int parts) {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData/></worksheet>";
    return xlsx(sheet, parts, 1);
  }

  private static byte[] xlsx(String sheetXml, int extraParts, int extraBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_SPEED);
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
              + " PartName=\"/xl/worksheets/sheet1.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
              + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet"
              + " name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < extraParts; i++) {
        zip.putNextEntry(new ZipEntry("xl/media/part" + i + ".bin"));
        for (int left = extraBytes; left > 0; left -= zeros.length) {
          zip.write(zeros, 0, Math.min(left, zeros.length));
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
