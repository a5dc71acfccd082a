package vn.loa.web.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;

/**
 * {@code /audit}: the audit trail, newest first, {@link #PAGE} changes a page, filtered by unit
 * (the person's own and its own units), days and kind of record. Whoever the API does not show it
 * to gets the refusal page.
 */
@Controller
class AuditPage {

  /** Changes on one page. */
  static final int PAGE = 50;

  static final List<String> KINDS = List.of("activity", "plan", "task", "report", "org-unit");

  private final LoaApi api;
  private final org.springframework.context.MessageSource messages;
  private final vn.loa.web.platform.Words words;

  AuditPage(
      LoaApi api,
      org.springframework.context.MessageSource messages,
      vn.loa.web.platform.Words words) {
    this.api = api;
    this.messages = messages;
    this.words = words;
  }

  @GetMapping("/audit")
  String audit(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page,
      java.util.Locale locale,
      Model model) {
    String unitId = unit == null || unit.isBlank() ? frame.unit().id() : unit;
    if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
      throw new vn.loa.web.platform.ApiProblem(
          400,
          messages.getMessage("audit.kind.unknown.title", null, locale),
          messages.getMessage("audit.kind.unknown", null, locale),
          List.of());
    }
    UriComponentsBuilder query =
        UriComponentsBuilder.fromPath("/api/audit")
            .queryParam("unit", unitId)
            .queryParam("page", page)
            .queryParam("size", PAGE);
    if (from != null) {
      query.queryParam("from", from);
    }
    if (to != null) {
      query.queryParam("to", to);
    }
    if (kind != null && !kind.isBlank()) {
      query.queryParam("entityType", kind);
    }
    List<AuditEntry> entries =
        api.list(
            new ParameterizedTypeReference<List<AuditEntry>>() {},
            query.encode().build().toUriString());
    List<OrgUnit> choices = new java.util.ArrayList<>(List.of(frame.unit()));
    choices.addAll(
        api.list(
            new ParameterizedTypeReference<List<OrgUnit>>() {},
            "/api/org-units?parent={id}",
            frame.unit().id()));
    java.util.Map<String, String> names =
        choices.stream()
            .collect(java.util.stream.Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
    AuditValues values =
        new AuditValues(
            messages,
            words,
            locale,
            names,
            entries.isEmpty() ? java.util.Map.of() : words.categories());
    model.addAttribute("entries", entries.stream().map(values::shown).toList());
    model.addAttribute("units", choices);
    model.addAttribute("names", names);
    model.addAttribute("unitId", unitId);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("page", page);
    model.addAttribute("more", entries.size() == PAGE);
    return "audit/page";
  }
}
