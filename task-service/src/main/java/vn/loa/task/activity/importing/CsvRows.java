package vn.loa.task.activity.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (a BOM is allowed): quoted fields may hold commas, quotes ("") and line
 * breaks; a comma or a semicolon separates fields, whichever the header uses. Bytes that are not
 * UTF-8 fail the read ({@link java.nio.charset.MalformedInputException}) rather than turning into
 * wrong letters. A row of more than {@link ImportLimits#MAX_COLUMNS} cells or a cell of more than
 * {@link ImportLimits#MAX_CELL_CHARS} characters stops the read at once ({@link
 * ImportLimits.Exceeded}), so no row is ever held in memory beyond those caps.
 */
final class CsvRows implements Rows {

  private final PushbackReader in;
  private char separator = 0;

  CsvRows(InputStream bytes) {
    Reader reader =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.in = new PushbackReader(reader, 2);
  }

  @Override
  public List<String> next() throws IOException {
    int c = in.read();
    if (c == 0xFEFF) {
      c = in.read();
    }
    if (c == -1) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean started = false;
    while (true) {
      if (c == -1) {
        return add(cells, cell);
      }
      char ch = (char) c;
      if (cell.length() >= ImportLimits.MAX_CELL_CHARS) {
        throw ImportLimits.cell();
      }
      if (quoted) {
        if (ch == '"') {
          int n = in.read();
          if (n == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (n != -1) {
              in.unread(n);
            }
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && !started) {
        quoted = true;
        started = true;
      } else if (isSeparator(ch)) {
        add(cells, cell);
        cell.setLength(0);
        started = false;
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r') {
          int n = in.read();
          if (n != '\n' && n != -1) {
            in.unread(n);
          }
        }
        return add(cells, cell);
      } else {
        cell.append(ch);
        started = true;
      }
      c = in.read();
    }
  }

  private static List<String> add(List<String> cells, StringBuilder cell)
      throws ImportLimits.Exceeded {
    if (cells.size() >= ImportLimits.MAX_COLUMNS) {
      throw ImportLimits.columns();
    }
    cells.add(cell.toString());
    return cells;
  }

  private boolean isSeparator(char ch) {
    if (separator == 0 && (ch == ',' || ch == ';')) {
      separator = ch;
    }
    return ch == separator;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
