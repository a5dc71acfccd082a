package vn.loa.web.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.Words;

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
  private final MessageSource messages;
  private final Words words;

  AuditPage(LoaApi api, MessageSource messages, Words words) {
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
      Locale locale,
      Model model) {
    String unitId = unit == null || unit.isBlank() ? frame.unit().id() : unit;
    if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
      throw new ApiProblem(
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
    List<OrgUnit> choices = new ArrayList<>(List.of(frame.unit()));
    choices.addAll(
        api.list(
            new ParameterizedTypeReference<List<OrgUnit>>() {},
            "/api/org-units?parent={id}",
            frame.unit().id()));
    Map<String, String> names = new HashMap<>();
    choices.forEach(u -> names.put(u.id(), u.name()));
    UnaryOperator<String> unitName = id -> names.computeIfAbsent(id, this::name);
    Map<String, String> plans = new HashMap<>();
    UnaryOperator<String> planName = id -> plans.computeIfAbsent(id, this::plan);
    AuditValues values =
        new AuditValues(
            messages,
            words,
            locale,
            unitName,
            planName,
            entries.isEmpty() ? Map.of() : words.categories());
    model.addAttribute("entries", entries.stream().map(values::shown).toList());
    entries.stream()
        .flatMap(
            e -> Stream.of(e.actorUnit(), "org-unit".equals(e.entityType()) ? e.entityId() : null))
        .filter(Objects::nonNull)
        .forEach(unitName::apply);
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

  /** "số 123/KH-UBND — title", or the id where the API has no plan to show. */
  private String plan(String id) {
    try {
      return api.find(PlanName.class, "/api/plans/{id}", id)
          .map(p -> p.number() == null ? p.title() : p.number() + " — " + p.title())
          .orElse(id);
    } catch (ApiProblem refused) {
      return id;
    }
  }

  /** What the trail shows of a plan. */
  public record PlanName(String number, String title) {}

  /** A unit's name, or its id where the API has none to show. */
  private String name(String id) {
    try {
      return api.find(OrgUnit.class, "/api/org-units/{id}", id).map(OrgUnit::name).orElse(id);
    } catch (ApiProblem refused) {
      return id;
    }
  }
}
