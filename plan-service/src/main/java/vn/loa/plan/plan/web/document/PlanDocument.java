package vn.loa.plan.plan.web.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.document.OfficialDocument;
import vn.loa.document.OfficialDocument.Parts;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnitType;
import vn.loa.plan.orgunit.OrgUnits;
import vn.loa.plan.plan.Plan;
import vn.loa.plan.plan.PlanStatus;

/**
 * A plan as the Word document its issuer signs (issue 14): the masthead with the issuer (and the
 * body it answers to) and the number, the national motto with the place and date; the type and
 * title; the basis sentence ("Thực hiện …, Sở … ban hành Kế hoạch … như sau:"); the parts in Roman
 * numerals — purposes and requirements, content and forms (and targets), the appendix referred to,
 * and the organisation: each assigned unit with its role, timing and duties, the implementing plans
 * owed by the addressees, the reporting regime, the funding; "Nơi nhận:" and the signer; the
 * appendix of tasks on a page of its own. A draft is marked "DỰ THẢO" and has no number or date.
 * Parts the plan does not have are left out, and the parts are numbered as they come.
 */
@Component
public class PlanDocument {

  private static final Map<String, String> TYPES =
      Map.of("KE_HOACH", "Kế hoạch", "QUYET_DINH", "Quyết định");

  private static final Map<String, String> ROLES =
      Map.of("LEAD", "chủ trì", "COOPERATING", "phối hợp");

  private static final Map<String, String> WINDOWS =
      Map.of(
          "MONTHLY", "hằng tháng",
          "QUARTERLY", "hằng quý",
          "HALF_YEARLY", "6 tháng",
          "NINE_MONTHS", "9 tháng",
          "YEARLY", "năm",
          "AD_HOC", "đột xuất");

  private static final Map<String, String> EVERY =
      Map.of(
          "MONTHLY", "hằng tháng",
          "QUARTERLY", "hằng quý",
          "HALF_YEARLY", "6 tháng một lần",
          "YEARLY", "hằng năm");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OrgUnits units;

  public PlanDocument(OrgUnits units) {
    this.units = units;
  }

  /** The plan's current version as a {@code .docx}. */
  public byte[] docx(Plan plan) {
    PlanContent c = plan.content();
    boolean draft = plan.status() == PlanStatus.DRAFT;
    Optional<OrgUnit> issuer = units.find(c.issuerId());
    String type = TYPES.getOrDefault(c.type(), "Kế hoạch");
    OfficialDocument doc = new OfficialDocument();
    doc.masthead(
        issuer
            .filter(u -> !committee(u.type()))
            .flatMap(u -> Optional.ofNullable(u.parentId()))
            .flatMap(units::find)
            .map(PlanDocument::governing)
            .orElse(null),
        issuer.map(PlanDocument::body).orElse(c.issuerId()),
        draft || c.number() == null ? "       /" : c.number(),
        OfficialDocument.placeAndDate(c.place(), draft ? null : c.issuedOn()));
    if (draft) {
      doc.draftMark("DỰ THẢO");
    }
    doc.title(type, c.title());
    String inSentence = issuer.map(PlanDocument::inSentence).orElse(c.issuerId());
    if (!c.basis().isEmpty()) {
      doc.paragraph(
          "Thực hiện "
              + c.basis().stream()
                  .map(PlanContent.Citation::citation)
                  .collect(Collectors.joining("; "))
              + ", "
              + inSentence
              + " ban hành "
              + type
              + " "
              + lowerFirst(c.title())
              + " như sau:");
    }
    Parts parts = new Parts(doc);
    if (!c.purposes().isEmpty() || !c.requirements().isEmpty()) {
      parts.part("MỤC ĐÍCH, YÊU CẦU");
      list(parts, "Mục đích", c.purposes());
      list(parts, "Yêu cầu", c.requirements());
    }
    if (!c.contentItems().isEmpty() || !c.forms().isEmpty() || !c.targets().isEmpty()) {
      parts.part("NỘI DUNG THỰC HIỆN");
      if (!c.contentItems().isEmpty()) {
        parts.item("Nội dung tuyên truyền");
        String audience = null;
        for (PlanContent.ContentItem i : c.contentItems()) {
          if (i.audience() != null && !i.audience().equals(audience)) {
            audience = i.audience();
            doc.heading(audience);
          }
          if (i.label() != null) {
            doc.paragraph(i.label() + " " + i.text());
          } else {
            doc.item(i.text());
          }
        }
      }
      if (!c.forms().isEmpty()) {
        parts.item("Hình thức tuyên truyền");
        for (PlanContent.Form f : c.forms()) {
          List<String> how = new ArrayList<>();
          if (f.responsible() != null) {
            how.add(f.responsible());
          }
          if (f.timing() != null) {
            how.add(f.timing());
          }
          doc.item(f.text() + (how.isEmpty() ? "" : " (" + String.join("; ", how) + ")"));
        }
      }
      if (!c.targets().isEmpty()) {
        parts.item("Chỉ tiêu");
        c.targets().forEach(t -> doc.item(t.indicator() + ": " + t.value()));
      }
    }
    if (!c.appendix().isEmpty()) {
      parts.part("NHIỆM VỤ CỤ THỂ");
      doc.paragraph(
          "(Có Danh mục nhiệm vụ và thời gian thực hiện cụ thể tại Phụ lục kèm theo "
              + type
              + " này).");
    }
    Function<String, String> name = id -> units.find(id).map(OrgUnit::name).orElse(id);
    boolean organised =
        !c.assignments().isEmpty()
            || c.reporting() != null
            || c.budgetSource() != null
            || (!c.addressees().isEmpty() && c.implementationDeadline() != null);
    if (organised) {
      parts.part("TỔ CHỨC THỰC HIỆN");
      for (PlanContent.Assignment a : c.assignments()) {
        parts.item(name.apply(a.unitId()) + " (" + role(a) + ")");
        a.duties().forEach(doc::item);
      }
      if (!c.addressees().isEmpty() && c.implementationDeadline() != null) {
        parts.item("Các cơ quan, đơn vị, địa phương được gửi " + lowerFirst(type));
        doc.paragraph(
            "Căn cứ "
                + type
                + " này, "
                + c.addressees().size()
                + " cơ quan, đơn vị, địa phương xây dựng và ban hành kế hoạch thực hiện trước ngày "
                + DAY.format(c.implementationDeadline())
                + ".");
      }
      if (c.reporting() != null && !c.reporting().windows().isEmpty()) {
        parts.item("Chế độ báo cáo");
        PlanContent.Reporting r = c.reporting();
        String when =
            r.deadlineRule() != null && r.deadlineRule().wording() != null
                ? " (" + r.deadlineRule().wording() + ")"
                : "";
        doc.paragraph(
            "Báo cáo định kỳ "
                + r.windows().stream()
                    .map(w -> WINDOWS.getOrDefault(w, w))
                    .collect(Collectors.joining(", "))
                + when
                + (r.recipients().isEmpty() ? "" : " gửi " + String.join(", ", r.recipients()))
                + ".");
      }
      if (c.budgetSource() != null) {
        parts.item("Kinh phí");
        doc.paragraph(c.budgetSource());
      }
    }
    PlanContent.Signer s = c.signer();
    doc.signature(
        c.recipients(),
        s == null ? null : s.authority(),
        s == null ? null : s.title(),
        s == null ? null : s.name(),
        "");
    if (!c.appendix().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (PlanContent.AppendixTask t : c.appendix()) {
        rows.add(
            List.of(
                Integer.toString(n++),
                t.task(),
                t.leadUnitId() == null ? "" : name.apply(t.leadUnitId()),
                t.cooperatingUnitIds().stream().map(name).collect(Collectors.joining(", ")),
                t.timeframe() == null ? "" : t.timeframe()));
      }
      doc.appendix(
          "PHỤ LỤC",
          "(Kèm theo "
              + type
              + (draft || c.number() == null ? "" : " số " + c.number())
              + (draft || c.issuedOn() == null ? "" : " ngày " + shortDay(c.issuedOn()))
              + " của "
              + issuer.map(OrgUnit::name).orElse(c.issuerId())
              + ")",
          List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
          rows);
    }
    return doc.bytes();
  }

  private static void list(Parts parts, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      parts.item(heading);
      lines.forEach(parts.doc()::item);
    }
  }

  /** "chủ trì, định kỳ hằng quý", "phối hợp, thường xuyên", "chủ trì, thời hạn 15/12/2025". */
  private static String role(PlanContent.Assignment a) {
    String role = ROLES.getOrDefault(a.role(), a.role());
    PlanContent.Due due = a.due();
    if (due == null || due.kind() == null) {
      return role;
    }
    return role
        + ", "
        + switch (due.kind()) {
          case "CONTINUOUS" -> "thường xuyên";
          case "RECURRING" -> "định kỳ " + EVERY.getOrDefault(due.every(), due.every());
          default -> due.date() == null ? "có thời hạn" : "thời hạn " + DAY.format(due.date());
        };
  }

  /** The issuing body as the masthead names it: a people's committee for a province or commune. */
  static String body(OrgUnit unit) {
    return committee(unit.type()) ? "Ủy ban nhân dân " + lowerFirst(unit.name()) : unit.name();
  }

  /**
   * The body above the issuer, as mastheads abbreviate it: "UBND thành phố Hải Phòng" above a
   * department, "UBND xã Kim Thành" above a commune's unit. A people's committee has none.
   */
  static String governing(OrgUnit parent) {
    return committee(parent.type()) ? "UBND " + lowerFirst(parent.name()) : parent.name();
  }

  /** The issuer inside a sentence: "Sở Ngoại vụ", "Ủy ban nhân dân xã Kim Thành". */
  static String inSentence(OrgUnit unit) {
    return body(unit);
  }

  private static boolean committee(OrgUnitType type) {
    return type == OrgUnitType.PROVINCE || type == OrgUnitType.COMMUNE;
  }

  private static String shortDay(LocalDate day) {
    return day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
  }

  private static String lowerFirst(String s) {
    return s == null || s.isEmpty()
        ? ""
        : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
