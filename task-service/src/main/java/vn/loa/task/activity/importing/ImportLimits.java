package vn.loa.task.activity.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.springframework.http.HttpStatus;
import vn.loa.support.web.FieldViolation;
import vn.loa.support.web.ProblemException;

/**
 * The caps that keep an import in bounded memory, whatever the file holds (docs/adr/0010). Every
 * file is checked against them in one streaming pass before it is accepted; a file over a cap is
 * refused with a {@code 413} problem that names the cap. The file size itself is capped by the
 * upload limit.
 */
public final class ImportLimits {

  /** Data rows (the header not counted). */
  public static final int MAX_ROWS = 200_000;

  /** Cells in a row: the template has ten columns. */
  public static final int MAX_COLUMNS = 64;

  /** Characters in a cell: a title is at most 500, evidence links a few thousand. */
  public static final int MAX_CELL_CHARS = 4_000;

  /** Parts of an XLSX package: a workbook of one sheet has about a dozen. */
  public static final int MAX_ZIP_ENTRIES = 1_000;

  /** All parts of an XLSX package, inflated: a 200,000-row sheet is about 70 MB. */
  public static final long MAX_INFLATED_BYTES = 256L << 20;

  /** The shared strings part, which is read into memory whole. */
  public static final long MAX_SHARED_STRINGS_BYTES = 24L << 20;

  private ImportLimits() {}

  /** A cap the file goes over: {@code code} names it in the problem, with its {@code limit}. */
  public static final class Exceeded extends IOException {
    private final String code;
    private final long limit;

    Exceeded(String code, long limit) {
      super(code + " (limit " + limit + ")");
      this.code = code;
      this.limit = limit;
    }

    /** The {@code 413} problem that names the limit, field {@code file}. */
    public ProblemException problem() {
      return new ProblemException(
          HttpStatus.CONTENT_TOO_LARGE,
          "import-limit",
          List.of(),
          List.of(FieldViolation.of("file", code, limit)));
    }
  }

  static Exceeded rows() {
    return new Exceeded("too-many-rows", MAX_ROWS);
  }

  static Exceeded columns() {
    return new Exceeded("too-many-columns", MAX_COLUMNS);
  }

  static Exceeded cell() {
    return new Exceeded("cell-too-long", MAX_CELL_CHARS);
  }

  /**
   * Checks an XLSX package before anything parses it: at most {@link #MAX_ZIP_ENTRIES} parts, and
   * the parts really inflate to at most {@link #MAX_INFLATED_BYTES} in all (counted while
   * inflating, not taken from the sizes the file declares), shared strings to at most {@link
   * #MAX_SHARED_STRINGS_BYTES}.
   */
  static void checkPackage(Path xlsx) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      if (zip.size() > MAX_ZIP_ENTRIES) {
        throw new Exceeded("too-many-entries", MAX_ZIP_ENTRIES);
      }
      long total = 0;
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        long limit =
            entry.getName().endsWith("sharedStrings.xml")
                ? MAX_SHARED_STRINGS_BYTES
                : MAX_INFLATED_BYTES;
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            total += n;
            if (total > MAX_INFLATED_BYTES) {
              throw new Exceeded("inflated-too-large", MAX_INFLATED_BYTES);
            }
            if (size > limit) {
              throw new Exceeded("shared-strings-too-large", MAX_SHARED_STRINGS_BYTES);
            }
          }
        }
      }
    }
  }
}
