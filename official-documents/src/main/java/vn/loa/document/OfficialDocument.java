package vn.loa.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BodyType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * A Word document in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4, margins top and bottom 20
 * mm, left 30 mm, right 15 mm; Times New Roman; the issuing body top left with the number under it
 * and the national motto top right with the place and date under it (a borderless two-column table,
 * as official templates do it); the document type and title centred; a justified body with a
 * first-line indent; "Nơi nhận:" bottom left level with the signer's block bottom right; page
 * numbers centred in the top margin from page 2 on. Layout only: what a plan or a report says is
 * its builder's.
 */
public final class OfficialDocument {

  /** A4 in twentieths of a point. */
  public static final int PAGE_WIDTH = 11906;

  public static final int PAGE_HEIGHT = 16838;

  /** Margins: 20 mm top and bottom, 30 mm left, 15 mm right (1 mm ≈ 56.7 twips). */
  public static final int MARGIN_TOP = 1134;

  public static final int MARGIN_BOTTOM = 1134;
  public static final int MARGIN_LEFT = 1701;
  public static final int MARGIN_RIGHT = 850;

  public static final String FONT = "Times New Roman";

  /** The body's size in points. */
  public static final int BODY = 14;

  private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  /** First-line indent of a body paragraph: 1.27 cm. */
  private static final int INDENT = 720;

  private final XWPFDocument doc = new XWPFDocument();

  public OfficialDocument() {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    // The first page has no number (its own, empty header); the others a centred PAGE field.
    XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
    first.createParagraph();
    XWPFHeader others = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph number = others.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField page = number.getCTP().addNewFldSimple();
    page.setInstr("PAGE \\* MERGEFORMAT");
    CTR digits = page.addNewR();
    CTRPr font = digits.addNewRPr();
    CTFonts fonts = font.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    font.addNewSz().setVal(BigInteger.valueOf(26));
    digits.addNewT().setStringValue("2");
    section.addNewTitlePg();
  }

  /**
   * The top of the first page: left the governing body (if any, upright), the issuer (bold) with a
   * short rule and the number; right the national name, the motto with a rule, and the place and
   * date in italics.
   */
  public void masthead(String governingBody, String issuer, String number, String placeAndDate) {
    XWPFTable table = twoColumns(0.42);
    // 12 pt for the governing body and the national name (the decree allows 12–13) keeps each on
    // one line in its column.
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph p = first(left);
    if (governingBody != null) {
      run(p, governingBody.toUpperCase(Locale.ROOT), 12, false, false);
      p = left.addParagraph();
      centre(p);
    }
    run(p, issuer.toUpperCase(Locale.ROOT), 13, true, false);
    rule(left.addParagraph(), 1100);
    XWPFParagraph no = left.addParagraph();
    centre(no);
    run(no, "Số: " + number, 13, false, false);

    XWPFParagraph nation = first(right);
    run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    XWPFParagraph motto = right.addParagraph();
    centre(motto);
    run(motto, "Độc lập - Tự do - Hạnh phúc", 14, true, false);
    rule(right.addParagraph(), 3600);
    XWPFParagraph date = right.addParagraph();
    centre(date);
    run(date, placeAndDate, 14, false, true);
  }

  /** "DỰ THẢO" boxed above the title: a draft says so. */
  public void draftMark(String words) {
    XWPFParagraph p = doc.createParagraph();
    centre(p);
    p.setSpacingBefore(240);
    p.setBorderTop(Borders.SINGLE);
    p.setBorderBottom(Borders.SINGLE);
    p.setBorderLeft(Borders.SINGLE);
    p.setBorderRight(Borders.SINGLE);
    p.setIndentationLeft((TEXT_WIDTH - 2000) / 2);
    p.setIndentationRight((TEXT_WIDTH - 2000) / 2);
    run(p, words, 14, true, false);
  }

  /** The document type in capitals and its title, bold and centred, with a short rule. */
  public void title(String type, String title) {
    XWPFParagraph t = doc.createParagraph();
    centre(t);
    t.setSpacingBefore(360);
    run(t, type.toUpperCase(Locale.ROOT), 14, true, false);
    XWPFParagraph x = doc.createParagraph();
    centre(x);
    run(x, title, 14, true, false);
    rule(doc.createParagraph(), 2000);
  }

  /** A body paragraph: justified, indented on its first line. */
  public XWPFParagraph paragraph(String text) {
    XWPFParagraph p = body();
    run(p, text, BODY, false, false);
    return p;
  }

  /** A heading of a part ("I. MỤC ĐÍCH, YÊU CẦU") or of an item ("1. Mục đích"), bold. */
  public void heading(String text) {
    XWPFParagraph p = body();
    p.setKeepNext(true);
    run(p, text, BODY, true, false);
  }

  /** A line of a list, as the plans write it: "- text". */
  public void item(String text) {
    paragraph("- " + text);
  }

  /**
   * The bottom of the last page: left "Nơi nhận:" (bold italic) and its list (11 pt, each "- …");
   * right the signer's authority and title (capitals, bold), room for the signature, the name.
   */
  public void signature(
      List<String> recipients, String authority, String title, String name, String unsigned) {
    doc.createParagraph().setSpacingAfter(0);
    XWPFTable table = twoColumns(0.5);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph to = left.getParagraphs().getFirst();
    run(to, "Nơi nhận:", 12, true, true);
    for (String r : recipients) {
      XWPFParagraph line = left.addParagraph();
      run(line, "- " + r, 11, false, false);
    }
    XWPFParagraph p = first(right);
    if (authority == null && title == null && name == null) {
      run(p, unsigned, 14, false, true);
      return;
    }
    if (authority != null) {
      run(p, authority.toUpperCase(Locale.ROOT), 14, true, false);
      p = right.addParagraph();
      centre(p);
    }
    if (title != null) {
      run(p, title.toUpperCase(Locale.ROOT), 14, true, false);
    }
    for (int i = 0; i < 4; i++) {
      right.addParagraph();
    }
    if (name != null) {
      XWPFParagraph n = right.addParagraph();
      centre(n);
      run(n, name, 14, true, false);
    }
  }

  /** A page of its own with a bold heading, e.g. "PHỤ LỤC", and a table with a bold header row. */
  public void appendix(
      String heading, String caption, List<String> header, List<List<String>> rows) {
    XWPFParagraph h = doc.createParagraph();
    h.setPageBreak(true);
    centre(h);
    run(h, heading, 14, true, false);
    table(caption, header, rows);
  }

  /** A further table with its caption (bold, centred) and a bold header row, 13 pt. */
  public void table(String caption, List<String> header, List<List<String>> rows) {
    XWPFParagraph c = doc.createParagraph();
    centre(c);
    c.setSpacingBefore(120);
    run(c, caption, 14, true, false);
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    table.setWidth(TEXT_WIDTH);
    table.setWidthType(TableWidthType.DXA);
    int[] widths = widths(header);
    var grid = table.getCTTbl().getTblGrid();
    for (int i = 0; i < header.size(); i++) {
      if (grid != null && i < grid.sizeOfGridColArray()) {
        grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
      }
      for (var row : table.getRows()) {
        row.getCell(i).setWidth(Integer.toString(widths[i]));
      }
    }
    for (int i = 0; i < header.size(); i++) {
      XWPFParagraph p = table.getRow(0).getCell(i).getParagraphs().getFirst();
      centre(p);
      run(p, header.get(i), 13, true, false);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int i = 0; i < header.size(); i++) {
        XWPFParagraph p = table.getRow(r + 1).getCell(i).getParagraphs().getFirst();
        run(p, rows.get(r).get(i), 13, false, false);
      }
    }
  }

  /**
   * Column widths in twips: a numbering column ("STT") narrow, the column after it — what the row
   * is about — wide, the others alike.
   */
  static int[] widths(List<String> header) {
    int n = header.size();
    int[] w = new int[n];
    int left = TEXT_WIDTH;
    int from = 0;
    if (n > 1 && "STT".equals(header.getFirst())) {
      w[0] = 800;
      left -= 800;
      from = 1;
    }
    if (n - from > 1) {
      w[from] = (int) (left * (n - from > 3 ? 0.40 : 0.55));
      left -= w[from];
      from++;
    }
    for (int i = from; i < n; i++) {
      w[i] = left / (n - from);
    }
    return w;
  }

  /** A paragraph in italics, e.g. a note under a table. */
  public void note(String text) {
    XWPFParagraph p = body();
    run(p, text, 13, false, true);
  }

  /**
   * "Hải Phòng, ngày 31 tháng 7 năm 2025": the day under 10 and the months 1 and 2 with a leading
   * zero (Decree 30, Appendix I); blanks for a document not yet issued ({@code day} null).
   */
  public static String placeAndDate(String place, LocalDate day) {
    String where = place == null ? "" : place + ", ";
    if (day == null) {
      return where + "ngày      tháng      năm      ";
    }
    String month =
        day.getMonthValue() <= 2
            ? "%02d".formatted(day.getMonthValue())
            : Integer.toString(day.getMonthValue());
    return where + "ngày %02d tháng %s năm %d".formatted(day.getDayOfMonth(), month, day.getYear());
  }

  /** The parts I, II, … of a document and the items 1, 2, … within the current part. */
  public static final class Parts {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private final OfficialDocument doc;
    private int part;
    private int item;

    public Parts(OfficialDocument doc) {
      this.doc = doc;
    }

    /** The next part's heading: "II. " and {@code heading}. */
    public void part(String heading) {
      doc.heading(ROMAN[part++] + ". " + heading);
      item = 0;
    }

    /** The next item's heading within the part: "2. " and {@code heading}. */
    public void item(String heading) {
      doc.heading(++item + ". " + heading);
    }

    public OfficialDocument doc() {
      return doc;
    }
  }

  public byte[] bytes() {
    try (doc;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private XWPFParagraph body() {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(INDENT);
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    return p;
  }

  /** A borderless table across the text width, its first column {@code share} of it. */
  private XWPFTable twoColumns(double share) {
    XWPFTable table = doc.createTable(1, 2);
    table.setWidth(TEXT_WIDTH);
    table.setWidthType(TableWidthType.DXA);
    table.removeBorders();
    table.getRow(0).getCell(0).setWidth(Integer.toString((int) (TEXT_WIDTH * share)));
    table.getRow(0).getCell(1).setWidth(Integer.toString((int) (TEXT_WIDTH * (1 - share))));
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().getFirst();
    centre(p);
    return p;
  }

  private static void centre(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
  }

  /**
   * A rule under the line before, about {@code width} twips long and centred: the top border of an
   * empty paragraph two points high, narrowed by indenting both sides.
   */
  private static void rule(XWPFParagraph p, int width) {
    p.setBorderTop(Borders.SINGLE);
    p.setSpacingBefore(0);
    p.setSpacingAfter(60);
    p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    int available =
        p.getPartType() == BodyType.TABLECELL
            ? ((XWPFTableCell) p.getBody()).getWidth()
            : TEXT_WIDTH;
    int side = Math.max(0, (available - width) / 2);
    p.setIndentationLeft(side);
    p.setIndentationRight(side);
  }

  private static XWPFRun run(
      XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(points);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
    return r;
  }
}
