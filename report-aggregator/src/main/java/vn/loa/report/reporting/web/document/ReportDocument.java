package vn.loa.report.reporting.web.document;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.loa.document.OfficialDocument;
import vn.loa.document.OfficialDocument.Parts;
import vn.loa.report.category.Categories;
import vn.loa.report.indicator.IndicatorTable;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.Periods;
import vn.loa.report.period.Span;
import vn.loa.report.reporting.Report;
import vn.loa.report.reporting.Reports;
import vn.loa.report.rollup.CountedActivities;
import vn.loa.report.statistics.Figures;
import vn.loa.report.statistics.Statistics;

/**
 * A unit's periodic report as the Word document it signs (issue 14, item 2), in the structure of
 * seed 004: I. the results — the guidance given, the results of the window, the overall assessment
 * —; II. the limitations and difficulties with their causes; III. the directions; IV. the
 * proposals; "Nơi nhận:" and the signer; the appendix of indicators and of the figures by form.
 *
 * <p>What the unit wrote takes precedence; where it wrote no results, they are drafted from the
 * window's figures: how many activities reached how many people, and per form the count, the units
 * that did the most and the notable activities with their outlets. A report a receiver has taken in
 * shows the figures as taken in, and a column "Thay đổi sau khi tiếp nhận" where corrections since
 * changed them. Parts with nothing written are left out; the parts are numbered as they come.
 */
@Component
public class ReportDocument {

  static final Locale VI = Locale.forLanguageTag("vi");
  static final String CHANGED = "Thay đổi sau khi tiếp nhận";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final String LETTERS = "abcdeghiklmnopqrstuvxy";

  /** How many units and how many notable activities a form names. */
  static final int CONTRIBUTORS = 3;

  static final int NOTABLE = 2;

  private final Categories categories;
  private final Statistics statistics;
  private final CountedActivities activities;
  private final IndicatorTable indicators;
  private final OrgTree tree;
  private final Clock clock;

  ReportDocument(
      Categories categories,
      Statistics statistics,
      CountedActivities activities,
      IndicatorTable indicators,
      OrgTree tree,
      Clock clock) {
    this.categories = categories;
    this.statistics = statistics;
    this.activities = activities;
    this.indicators = indicators;
    this.tree = tree;
    this.clock = clock;
  }

  /** The report as a {@code .docx}. */
  public byte[] docx(Reports.Drafted drafted) {
    Report r = drafted.report();
    Span span = Periods.window(r.window()).orElseThrow();
    boolean draft = r.status() == Report.Status.DRAFT || r.status() == Report.Status.RETURNED;
    boolean approved = r.approved() != null;
    Map<String, Figures> figures =
        figures(approved ? r.approved().byCategory() : drafted.figures());
    Map<String, Figures> live = figures(drafted.figures());
    Optional<OrgUnitReplica> unit = tree.find(r.unitId());
    String unitName = unit.map(OrgUnitReplica::name).orElse(r.unitId());

    OfficialDocument doc = new OfficialDocument();
    doc.masthead(
        unit.filter(u -> !committee(u))
            .map(OrgUnitReplica::parentId)
            .flatMap(tree::find)
            .map(ReportDocument::governing)
            .orElse(null),
        unit.map(ReportDocument::issuer).orElse(r.unitId()),
        "       /BC",
        OfficialDocument.placeAndDate(
            place(r.unitId()),
            draft || r.submittedAt() == null
                ? null
                : r.submittedAt().atZone(clock.getZone()).toLocalDate()));
    if (draft) {
      doc.draftMark("DỰ THẢO");
    }
    String window = windowWords(r.window());
    doc.title("Báo cáo", "Kết quả công tác tuyên truyền cải cách hành chính " + window);

    Report.Narrative n = r.narrative();
    Parts parts = new Parts(doc);
    parts.part("KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH");
    written(parts, "Công tác tham mưu, chỉ đạo, điều hành", n.guidance());
    parts.item("Kết quả thực hiện");
    if (hasText(n.results())) {
      paragraphs(doc, n.results());
    } else {
      for (Sentence s : drafted(r, span, figures, !drafted.changedAfterApproval())) {
        if (s.heading()) {
          doc.heading(s.text());
        } else {
          doc.paragraph(s.text());
        }
      }
    }
    written(parts, "Đánh giá chung", n.assessment());
    if (hasText(n.limitations()) || hasText(n.difficulties())) {
      parts.part("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN");
      written(parts, "Tồn tại, hạn chế", n.limitations());
      written(parts, "Khó khăn, vướng mắc và nguyên nhân", n.difficulties());
    }
    if (hasText(n.directions())) {
      parts.part("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
      paragraphs(doc, n.directions());
    }
    if (hasText(n.proposals())) {
      parts.part("ĐỀ XUẤT, KIẾN NGHỊ");
      paragraphs(doc, n.proposals());
    }

    List<String> recipients = new ArrayList<>();
    r.receiverIds()
        .forEach(id -> recipients.add(tree.find(id).map(OrgUnitReplica::name).orElse(id) + ";"));
    recipients.add("Lưu: VT.");
    // Loa does not keep who signs a report: the block of Decree 30's templates, to be filled in.
    doc.signature(recipients, null, "Quyền hạn, chức vụ của người ký", "Họ và tên", "");

    appendix(doc, drafted, unitName, window, figures, live);
    return doc.bytes();
  }

  /** One line of the drafted results: a form's heading ("a) …") or a paragraph. */
  record Sentence(boolean heading, String text) {}

  /**
   * The results drafted from the figures: the window's totals, then per form its count, the units
   * that did the most (with their quantities where {@code shares}) and its notable activities.
   */
  List<Sentence> drafted(Report r, Span span, Map<String, Figures> figures, boolean shares) {
    List<Sentence> out = new ArrayList<>();
    Figures total = figures.values().stream().reduce(Figures.ZERO, Figures::plus);
    String when =
        windowWords(r.window())
            + " (từ ngày "
            + DAY.format(span.from())
            + " đến ngày "
            + DAY.format(span.to())
            + ")";
    String who =
        tree.find(r.unitId()).map(u -> IndicatorTable.inSentence(u.name())).orElse(r.unitId());
    String opening = "Trong " + when + ", " + who;
    if (total.activities() == 0) {
      out.add(
          new Sentence(
              false, opening + " chưa ghi nhận hoạt động tuyên truyền cải cách hành chính nào."));
      return out;
    }
    out.add(
        new Sentence(
            false,
            opening
                + (tree.children(r.unitId()).isEmpty() ? "" : " và các đơn vị trực thuộc")
                + " đã thực hiện "
                + number(total.activities())
                + " hoạt động tuyên truyền cải cách hành chính"
                + (total.participants() > 0
                    ? ", thu hút " + number(total.participants()) + " lượt người tham gia"
                    : "")
                + ", với "
                + number(figures.size())
                + " hình thức như sau:"));
    Map<String, List<Statistics.Row>> contributors =
        statistics.contributorsByCategory(r.unitId(), span);
    int letter = 0;
    for (String category : ordered(figures.keySet())) {
      Figures f = figures.get(category);
      out.add(
          new Sentence(
              true,
              LETTERS.charAt(Math.min(letter++, LETTERS.length() - 1))
                  + ") "
                  + categories.name(category)));
      out.add(
          new Sentence(
              false,
              "- Đã thực hiện "
                  + number(f.activities())
                  + " hoạt động với số lượng "
                  + number(f.quantity())
                  + (f.participants() > 0
                      ? ", thu hút " + number(f.participants()) + " lượt người tham gia"
                      : "")
                  + "."));
      List<Statistics.Row> units = contributors.getOrDefault(category, List.of());
      if (units.size() > 1 || (units.size() == 1 && !units.getFirst().key().equals(r.unitId()))) {
        String named =
            units.stream()
                .limit(CONTRIBUTORS)
                .map(
                    u ->
                        (u.key().equals(r.unitId()) ? u.label() + " (trực tiếp)" : u.label())
                            + (shares ? " (" + number(u.figures().quantity()) + ")" : ""))
                .collect(Collectors.joining(", "));
        String more =
            units.size() > CONTRIBUTORS
                ? " và " + number(units.size() - CONTRIBUTORS) + " đơn vị khác"
                : "";
        out.add(new Sentence(false, "- Đơn vị thực hiện nhiều nhất: " + named + more + "."));
      }
      List<CountedActivities.Counted> notable =
          activities.biggest(r.unitId(), span, category, NOTABLE);
      if (!notable.isEmpty()) {
        out.add(
            new Sentence(
                false,
                "- Hoạt động tiêu biểu: "
                    + notable.stream()
                        .map(ReportDocument::notable)
                        .collect(Collectors.joining("; "))
                    + "."));
      }
    }
    return out;
  }

  /** “Title” (outlet, ngày 05/08/2025, 1.200 lượt người tham gia). */
  private static String notable(CountedActivities.Counted a) {
    List<String> about = new ArrayList<>();
    if (hasText(a.outlet())) {
      about.add(a.outlet().strip());
    }
    about.add("ngày " + DAY.format(a.occurredOn()));
    if (a.participants() > 0) {
      about.add(number(a.participants()) + " lượt người tham gia");
    }
    return "“" + a.title().strip() + "” (" + String.join(", ", about) + ")";
  }

  private void appendix(
      OfficialDocument doc,
      Reports.Drafted drafted,
      String unitName,
      String window,
      Map<String, Figures> figures,
      Map<String, Figures> live) {
    Report r = drafted.report();
    boolean changed = drafted.changedAfterApproval();
    String column = upperFirst(window);
    List<String> header = new ArrayList<>(List.of("STT", "Chỉ tiêu", column));
    if (changed) {
      header.add(CHANGED);
    }
    List<IndicatorTable.Row> rows = indicators.rows(figures);
    List<IndicatorTable.Row> now = indicators.rows(live);
    List<List<String>> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> line =
          new ArrayList<>(
              List.of(
                  rows.get(i).code(), rows.get(i).name(), value(rows.get(i).values().getFirst())));
      if (changed) {
        Object before = rows.get(i).values().getFirst();
        Object after = now.get(i).values().getFirst();
        line.add(before.equals(after) ? "" : value(after));
      }
      lines.add(line);
    }
    doc.appendix(
        "PHỤ LỤC",
        "Thống kê tuyên truyền cải cách hành chính của "
            + IndicatorTable.inSentence(unitName)
            + ", "
            + window,
        header,
        lines);

    List<String> byForm =
        new ArrayList<>(
            List.of("STT", "Hình thức", "Số hoạt động", "Số lượng", "Lượt người tham gia"));
    if (changed) {
      byForm.add(CHANGED);
    }
    List<List<String>> forms = new ArrayList<>();
    int n = 1;
    java.util.Set<String> all = new java.util.TreeSet<>(figures.keySet());
    if (changed) {
      all.addAll(live.keySet());
    }
    for (String category : ordered(all)) {
      Figures f = figures.getOrDefault(category, Figures.ZERO);
      List<String> line =
          new ArrayList<>(
              List.of(
                  Integer.toString(n++),
                  categories.name(category),
                  number(f.activities()),
                  number(f.quantity()),
                  number(f.participants())));
      if (changed) {
        line.add(changedTo(f, live.getOrDefault(category, Figures.ZERO)));
      }
      forms.add(line);
    }
    Figures total = figures.values().stream().reduce(Figures.ZERO, Figures::plus);
    List<String> sum =
        new ArrayList<>(
            List.of(
                "",
                "Tổng cộng",
                number(total.activities()),
                number(total.quantity()),
                number(total.participants())));
    if (changed) {
      sum.add(changedTo(total, live.values().stream().reduce(Figures.ZERO, Figures::plus)));
    }
    forms.add(sum);
    doc.table("Số liệu theo hình thức tuyên truyền", byForm, forms);

    if (r.approved() != null) {
      String receiver =
          r.reviewedBy() == null
              ? ""
              : " " + tree.find(r.reviewedBy()).map(OrgUnitReplica::name).orElse(r.reviewedBy());
      doc.note(
          "Số liệu đã được"
              + receiver
              + " tiếp nhận lúc "
              + TIME.format(r.approved().at().atZone(clock.getZone()))
              + ".");
      if (changed) {
        doc.note(
            "Sau khi tiếp nhận, đơn vị đã điều chỉnh hoạt động của kỳ báo cáo: cột “"
                + CHANGED
                + "” ghi số liệu hiện nay nơi chúng khác số liệu đã tiếp nhận.");
      }
    } else {
      doc.note(
          "Số liệu tổng hợp từ các hoạt động đã ghi nhận, tính đến "
              + TIME.format(clock.instant().atZone(clock.getZone()))
              + ".");
    }
  }

  /** What a form's figures are now, where they differ from those taken in; else nothing. */
  private static String changedTo(Figures before, Figures after) {
    return after.equals(before)
        ? ""
        : number(after.activities())
            + " hoạt động; số lượng "
            + number(after.quantity())
            + "; "
            + number(after.participants())
            + " lượt";
  }

  /** The categories in the order of the category list (unknown ones last, by code). */
  private List<String> ordered(java.util.Collection<String> codes) {
    return codes.stream()
        .sorted(Comparator.comparingInt(categories::order).thenComparing(c -> c))
        .toList();
  }

  private static Map<String, Figures> figures(Map<String, List<Long>> byCategory) {
    Map<String, Figures> out = new TreeMap<>();
    if (byCategory != null) {
      byCategory.forEach((c, v) -> out.put(c, new Figures(v.get(0), v.get(1), v.get(2))));
    }
    out.values().removeIf(Figures::hasNothing);
    return out;
  }

  private static void written(Parts parts, String heading, String text) {
    if (hasText(text)) {
      parts.item(heading);
      paragraphs(parts.doc(), text);
    }
  }

  /** What the unit wrote, a paragraph per line. */
  private static void paragraphs(OfficialDocument doc, String text) {
    text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(doc::paragraph);
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  static String number(long n) {
    return String.format(VI, "%,d", n);
  }

  private static String value(Object v) {
    return v instanceof Number n ? number(n.longValue()) : String.valueOf(v);
  }

  /**
   * A window in words, as inside a sentence: {@code 2025Q3} → "quý III năm 2025", {@code 2025S1} →
   * "6 tháng đầu năm 2025", {@code 2025N9} → "9 tháng đầu năm 2025", {@code 2025M07} → "tháng 7 năm
   * 2025", {@code 2025} → "năm 2025".
   */
  static String windowWords(String code) {
    String year = code.substring(0, 4);
    String rest = code.substring(4);
    if (rest.isEmpty()) {
      return "năm " + year;
    }
    return switch (rest.charAt(0)) {
      case 'Q' -> "quý " + ROMAN[rest.charAt(1) - '1'] + " năm " + year;
      case 'S' -> "6 tháng " + (rest.charAt(1) == '1' ? "đầu" : "cuối") + " năm " + year;
      case 'N' -> "9 tháng đầu năm " + year;
      default -> "tháng " + Integer.parseInt(rest.substring(1)) + " năm " + year;
    };
  }

  /**
   * Where the document is issued (Decree 30: the place name of the unit's seat): the province's
   * name for the city's departments, the commune's for a commune and its units.
   */
  String place(String unitId) {
    for (String id : tree.path(unitId)) {
      Optional<OrgUnitReplica> u = tree.find(id);
      if (u.isPresent() && committee(u.get())) {
        String name = u.get().name();
        for (String word : IndicatorTable.TYPE_WORDS) {
          if (name.startsWith(word + " ")) {
            return name.substring(word.length() + 1);
          }
        }
        return name;
      }
    }
    return null;
  }

  /** A people's committee issues under its own name: a province or a commune. */
  private static boolean committee(OrgUnitReplica u) {
    return "PROVINCE".equals(u.type()) || "COMMUNE".equals(u.type());
  }

  /** The issuer as the masthead names it: "Ủy ban nhân dân xã Kim Thành", "Sở Nội vụ". */
  static String issuer(OrgUnitReplica u) {
    return committee(u) ? "Ủy ban nhân dân " + lowerFirst(u.name()) : u.name();
  }

  /** The body above the issuer: "UBND thành phố Hải Phòng" above a department. */
  static String governing(OrgUnitReplica parent) {
    return committee(parent) ? "UBND " + lowerFirst(parent.name()) : parent.name();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
  }

  private static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
  }
}
