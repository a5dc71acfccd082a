package vn.loa.task.activity.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook, streamed: a SAX parse on its own thread feeds rows through a
 * small queue, so a 100,000-row workbook never sits in memory. A cell holding a formula comes out
 * as {@code =formula}, which the row check refuses (formula injection), never as its cached result.
 * A number in a cell that is meant to be a date is an Excel date serial and is read as such.
 */
final class XlsxRows implements Rows {

  private static final List<String> END = List.of();

  /** Few rows in flight: each may be up to the column and cell caps. */
  private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(16);

  private final OPCPackage pkg;
  private final Thread parser;
  private volatile boolean closed;

  /**
   * Opens the workbook in {@code file} after {@link ImportLimits#checkPackage} has passed: opened
   * as a file, its parts are inflated one at a time as they are read, never all into memory.
   */
  XlsxRows(Path file) throws IOException {
    ImportLimits.checkPackage(file);
    try {
      this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw new IOException("not an XLSX workbook", e);
    }
    this.parser = Thread.ofVirtual().name("xlsx-import").start(this::parse);
  }

  private void parse() {
    try {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        put(END);
        return;
      }
      try (InputStream sheet = sheets.next()) {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newSAXParser().parse(new InputSource(sheet), new SheetHandler(strings));
      }
      put(END);
    } catch (Exception e) {
      put(
          e instanceof SAXException sax && sax.getException() instanceof ImportLimits.Exceeded limit
              ? limit
              : e);
    }
  }

  private void put(Object item) {
    try {
      while (!closed && !rows.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        // wait for the reader
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> next() throws IOException {
    try {
      Object item = rows.take();
      if (item instanceof ImportLimits.Exceeded limit) {
        throw limit;
      }
      if (item instanceof Exception e) {
        throw new IOException("unreadable XLSX sheet: " + e.getMessage(), e);
      }
      List<String> row = (List<String>) item;
      if (row == END) {
        rows.offer(END);
        return null;
      }
      return row;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    parser.interrupt();
    pkg.revert();
  }

  /** Reads {@code <row>}s of a sheet: {@code <c r= t=><f/><v/><is><t/></is></c>}. */
  private final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private List<String> row;
    private int column;
    private String type;
    private boolean formula;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;

    SheetHandler(ReadOnlySharedStringsTable strings) {
      this.strings = strings;
    }

    @Override
    public void startElement(String uri, String local, String name, Attributes attributes)
        throws SAXException {
      switch (local) {
        case "row" -> row = new ArrayList<>();
        case "c" -> {
          column = columnOf(attributes.getValue("r"), row.size());
          if (column >= ImportLimits.MAX_COLUMNS) {
            throw new SAXException(ImportLimits.columns());
          }
          type = attributes.getValue("t");
          formula = false;
          text.setLength(0);
          formulaText.setLength(0);
        }
        case "f" -> {
          formula = true;
          inFormula = true;
        }
        case "v", "t" -> inValue = true;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      StringBuilder into = inValue ? text : inFormula ? formulaText : null;
      if (into == null) {
        return;
      }
      if (into.length() + length > ImportLimits.MAX_CELL_CHARS) {
        throw new SAXException(ImportLimits.cell());
      }
      into.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String name) throws SAXException {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "f" -> inFormula = false;
        case "c" -> {
          while (row.size() < column) {
            row.add("");
          }
          row.add(value());
        }
        case "row" -> put(row);
        default -> {}
      }
    }

    private String value() throws SAXException {
      if (formula) {
        return "=" + formulaText;
      }
      String raw = text.toString();
      if ("s".equals(type) && !raw.isEmpty()) {
        String shared = strings.getItemAt(Integer.parseInt(raw)).getString();
        if (shared.length() > ImportLimits.MAX_CELL_CHARS) {
          throw new SAXException(ImportLimits.cell());
        }
        return shared;
      }
      if (("n".equals(type) || type == null) && raw.matches("-?\\d+\\.0+")) {
        // Whole numbers are stored as 5.0; a date is a serial number the date column converts.
        return raw.replaceAll("\\.0+$", "");
      }
      return raw;
    }

    /**
     * The zero-based column of a cell reference ({@code B7} is 1); past the cap it stops counting.
     */
    private int columnOf(String ref, int fallback) {
      if (ref == null) {
        return fallback;
      }
      int col = 0;
      for (char ch : ref.toCharArray()) {
        if (!Character.isLetter(ch) || col > ImportLimits.MAX_COLUMNS) {
          break;
        }
        col = col * 26 + (Character.toUpperCase(ch) - 'A' + 1);
      }
      return col - 1;
    }
  }

  /** An Excel date serial (days since 1899-12-30) as a date. */
  static LocalDate fromSerial(long serial) {
    return LocalDate.of(1899, 12, 30).plusDays(serial);
  }
}
