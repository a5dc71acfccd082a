package vn.loa.web.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the plan form holds, as typed. Lists of sentences (mục đích, yêu cầu, nội dung, nơi nhận)
 * are one per line; forms, assignments, targets and basis are rows, and a row left empty is not a
 * row. The fields are bound directly (no accessors): a form bean, not a domain object.
 */
public class PlanForm {

  /** Rows of each kind beyond the filled ones, so that one more can be written at once. */
  static final int SPARE_ROWS = 1;

  public String type = "KE_HOACH";
  public String number;
  public String issuedOn;
  public String place;
  public String title;
  public String coverageFrom;
  public String coverageTo;
  public List<BasisRow> basis = new ArrayList<>();
  public String purposes;
  public String requirements;
  public String contentItems;
  public List<FormRow> forms = new ArrayList<>();
  public List<AssignmentRow> assignments = new ArrayList<>();
  public List<String> windows = new ArrayList<>();
  public String deadlineKind;
  public String deadlineDay;
  public String deadlineWording;
  public String reportingRecipients;
  public String owedBy;
  public List<String> receiverIds = new ArrayList<>();
  public String quartersFolded;
  public List<TargetRow> targets = new ArrayList<>();
  public String recipients;
  public String signerAuthority;
  public String signerTitle;
  public String signerName;
  public String idempotencyKey;
  public long version;

  /** One căn cứ; {@code planId} links it to a plan in Loa (the directing plan). */
  public static class BasisRow {
    public String planId;
    public String citation;

    boolean blank() {
      return PlanForm.blank(citation);
    }
  }

  /** One hình thức tuyên truyền and the activity categories it is carried out as. */
  public static class FormRow {
    public String text;
    public List<String> categories = new ArrayList<>();
    public String timing;

    boolean blank() {
      return PlanForm.blank(text) && categories.isEmpty() && PlanForm.blank(timing);
    }
  }

  /** One unit's part: chủ trì or phối hợp, its duties (one per line) and when they are due. */
  public static class AssignmentRow {
    public String unitId;
    public String role = "LEAD";
    public String duties;
    public String dueKind = "CONTINUOUS";
    public String dueDate;
    public String dueEvery;

    boolean blank() {
      return PlanForm.blank(unitId) && PlanForm.blank(duties) && PlanForm.blank(dueDate);
    }
  }

  /** One chỉ tiêu as the plan words it. */
  public static class TargetRow {
    public String indicator;
    public String value;

    boolean blank() {
      return PlanForm.blank(indicator) && PlanForm.blank(value);
    }
  }

  /** A form for a plan as the API shows it. */
  static PlanForm of(Plan p) {
    PlanForm f = new PlanForm();
    f.type = p.type();
    f.number = p.number();
    f.issuedOn = text(p.issuedOn());
    f.place = p.place();
    f.title = p.title();
    if (p.coverage() != null) {
      f.coverageFrom = text(p.coverage().from());
      f.coverageTo = text(p.coverage().to());
    }
    for (Plan.Citation c : p.basis()) {
      BasisRow row = new BasisRow();
      row.planId = c.planId();
      row.citation = c.citation();
      f.basis.add(row);
    }
    f.purposes = lines(p.purposes());
    f.requirements = lines(p.requirements());
    f.contentItems =
        lines(
            p.contentItems().stream()
                .map(i -> i.label() == null ? i.text() : i.label() + " " + i.text())
                .toList());
    for (Plan.Form form : p.forms()) {
      FormRow row = new FormRow();
      row.text = form.text();
      row.categories = new ArrayList<>(form.categories());
      row.timing = form.timing();
      f.forms.add(row);
    }
    for (Plan.Assignment a : p.assignments()) {
      AssignmentRow row = new AssignmentRow();
      row.unitId = a.unitId();
      row.role = a.role();
      row.duties = lines(a.duties());
      if (a.due() != null) {
        row.dueKind = a.due().kind();
        row.dueDate = text(a.due().date());
        row.dueEvery = a.due().every();
      }
      f.assignments.add(row);
    }
    f.reporting(p.reporting());
    for (Plan.Target t : p.targets()) {
      TargetRow row = new TargetRow();
      row.indicator = t.indicator();
      row.value = t.value();
      f.targets.add(row);
    }
    f.recipients = lines(p.recipients());
    if (p.signer() != null) {
      f.signerAuthority = p.signer().authority();
      f.signerTitle = p.signer().title();
      f.signerName = p.signer().name();
    }
    f.version = p.version();
    return f;
  }

  /** Takes a plan's reporting regime (chế độ báo cáo) as this form's. */
  void reporting(Plan.Reporting r) {
    if (r == null) {
      return;
    }
    windows = new ArrayList<>(r.windows());
    if (r.deadlineRule() != null) {
      deadlineKind = r.deadlineRule().kind();
      deadlineDay =
          r.deadlineRule().day() != null
              ? r.deadlineRule().day().toString()
              : r.deadlineRule().days() == null ? null : r.deadlineRule().days().toString();
      deadlineWording = r.deadlineRule().wording();
    }
    reportingRecipients = lines(r.recipients());
    owedBy = r.owedBy().isEmpty() ? null : r.owedBy().getFirst();
    receiverIds = new ArrayList<>(r.receiverIds());
    quartersFolded = r.quartersFolded() == null ? null : r.quartersFolded().toString();
  }

  /** Drops the empty rows, so that the rows shown are the rows sent and errors name them. */
  void compact() {
    basis.removeIf(r -> r == null || r.blank());
    forms.removeIf(r -> r == null || r.blank());
    assignments.removeIf(r -> r == null || r.blank());
    targets.removeIf(r -> r == null || r.blank());
  }

  /** Adds the spare rows the page offers for writing. */
  PlanForm withSpareRows(String more) {
    int extra = SPARE_ROWS;
    for (int i = 0; i < extra + ("basis".equals(more) ? 1 : 0); i++) {
      basis.add(new BasisRow());
    }
    for (int i = 0; i < extra + ("forms".equals(more) ? 1 : 0); i++) {
      forms.add(new FormRow());
    }
    for (int i = 0; i < extra + ("assignments".equals(more) ? 1 : 0); i++) {
      assignments.add(new AssignmentRow());
    }
    for (int i = 0; i < extra + ("targets".equals(more) ? 1 : 0); i++) {
      targets.add(new TargetRow());
    }
    return this;
  }

  /**
   * The content the API is sent ({@code POST}/{@code PUT /api/plans}): {@code base} (what the plan
   * already says, or nothing) with what this form edits written over it. Values that are not what
   * they should be (a date that is not one) are sent as typed, so the API names the field.
   */
  Map<String, Object> body(Map<String, Object> base) {
    Map<String, Object> c = new LinkedHashMap<>(base);
    c.put("type", strip(type));
    c.put("number", strip(number));
    c.put("issuedOn", strip(issuedOn));
    c.put("place", strip(place));
    c.put("title", strip(title));
    c.put(
        "coverage",
        blank(coverageFrom) && blank(coverageTo)
            ? null
            : map("from", strip(coverageFrom), "to", strip(coverageTo)));
    c.put(
        "basis",
        basis.stream()
            .map(b -> map("planId", strip(b.planId), "citation", strip(b.citation)))
            .toList());
    c.put("purposes", split(purposes));
    c.put("requirements", split(requirements));
    c.put("contentItems", split(contentItems).stream().map(t -> map("text", t)).toList());
    c.put(
        "forms",
        forms.stream()
            .map(
                f ->
                    map(
                        "text",
                        strip(f.text),
                        "categories",
                        f.categories,
                        "timing",
                        strip(f.timing)))
            .toList());
    c.put("assignments", assignments.stream().map(PlanForm::assignment).toList());
    c.put("reporting", reporting());
    c.put(
        "targets",
        targets.stream()
            .map(t -> map("indicator", strip(t.indicator), "value", strip(t.value)))
            .toList());
    c.put("recipients", split(recipients));
    c.put(
        "signer",
        blank(signerAuthority) && blank(signerTitle) && blank(signerName)
            ? null
            : map(
                "authority",
                strip(signerAuthority),
                "title",
                strip(signerTitle),
                "name",
                strip(signerName)));
    return c;
  }

  private static Map<String, Object> assignment(AssignmentRow a) {
    Map<String, Object> due = map("kind", strip(a.dueKind));
    if ("DATE".equals(a.dueKind)) {
      due.put("date", strip(a.dueDate));
    } else if ("RECURRING".equals(a.dueKind)) {
      due.put("every", strip(a.dueEvery));
    }
    return map(
        "unitId", strip(a.unitId), "role", strip(a.role), "duties", split(a.duties), "due", due);
  }

  private Map<String, Object> reporting() {
    if (windows.isEmpty() && blank(deadlineKind) && blank(reportingRecipients)) {
      return null;
    }
    Map<String, Object> rule = null;
    if (!blank(deadlineKind)) {
      rule = map("kind", deadlineKind, "wording", strip(deadlineWording));
      rule.put(
          "WORKING_DAYS_AFTER_CUTOFF".equals(deadlineKind) ? "days" : "day", number(deadlineDay));
    }
    Map<String, Object> r = map("windows", windows, "deadlineRule", rule);
    r.put("recipients", split(reportingRecipients));
    r.put("receiverIds", receiverIds);
    r.put("owedBy", blank(owedBy) ? List.of() : List.of(owedBy));
    r.put("quartersFolded", blank(quartersFolded) ? null : Boolean.valueOf(quartersFolded));
    return r;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Object number(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return text.strip();
    }
  }

  static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String lines(List<String> values) {
    return values == null ? null : String.join("\n", values);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String strip(String s) {
    return blank(s) ? null : s.strip();
  }

  /**
   * The form field the API's field name is about: {@code coverage.from} is {@code coverageFrom},
   * {@code assignments[0].due.date} is {@code assignments[0].dueDate}, {@code
   * reporting.deadlineRule.day} is {@code deadlineDay}; the rest are named alike.
   */
  static String fieldOf(String api) {
    if (api.startsWith("signer.") && api.length() > 7) {
      return "signer" + Character.toUpperCase(api.charAt(7)) + api.substring(8);
    }
    return api.replaceFirst("^coverage(\\.from)?$", "coverageFrom")
        .replaceFirst("^coverage\\.to$", "coverageTo")
        .replaceFirst("^(assignments\\[\\d+\\])\\.due(\\.kind)?$", "$1.dueKind")
        .replaceFirst("^(assignments\\[\\d+\\])\\.due\\.date$", "$1.dueDate")
        .replaceFirst("^(assignments\\[\\d+\\])\\.due\\.every$", "$1.dueEvery")
        .replaceFirst("^reporting\\.deadlineRule\\.(day|days)$", "deadlineDay")
        .replaceFirst("^reporting\\.deadlineRule(\\.kind)?$", "deadlineKind")
        .replaceFirst("^reporting\\.deadlineRule\\.wording$", "deadlineWording")
        .replaceFirst("^reporting\\.recipients.*$", "reportingRecipients")
        .replaceFirst("^reporting\\.windows.*$", "windows")
        .replaceFirst("^reporting\\.owedBy.*$", "owedBy");
  }

  /** The API's messages by form field, the first for each. */
  static Map<String, String> errors(Map<String, String> api) {
    Map<String, String> errors = new LinkedHashMap<>();
    api.forEach((field, message) -> errors.putIfAbsent(fieldOf(field), message));
    return errors;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
