package vn.loa.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.Words;

/**
 * {@code /audit}: the audit trail, newest first, {@link #PAGE} changes a page, filtered by unit
 * (the person's own and its own units), days and kind of record; {@code /audit.xlsx|.csv}: the same
 * selection, all of it up to {@link #MAX_ROWS} changes, as a spreadsheet in the page's language
 * with the changes in the same words. Whoever the API does not show it to gets the refusal page.
 */
@Controller
class AuditPage {

  /** Changes on one page. */
  static final int PAGE = 50;

  /** The most changes one file holds; the API gives {@link #API_PAGE} at a time. */
  static final int MAX_ROWS = 5_000;

  static final int API_PAGE = 500;

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
    Selection selection = selection(frame, unit, from, to, kind, locale);
    List<AuditEntry> entries = page(selection, page, PAGE);
    Trail trail = trail(frame, entries, locale);
    model.addAttribute("entries", trail.shown());
    model.addAttribute("units", trail.choices());
    model.addAttribute("names", trail.names());
    model.addAttribute("titles", trail.titles());
    model.addAttribute("unitId", selection.unitId());
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("kind", kind == null ? "" : kind);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("page", page);
    model.addAttribute("more", entries.size() == PAGE);
    return "audit/page";
  }

  @GetMapping({"/audit.xlsx", "/audit.csv"})
  ResponseEntity<byte[]> file(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String kind,
      Locale locale,
      HttpServletRequest request) {
    Selection selection = selection(frame, unit, from, to, kind, locale);
    List<AuditEntry> entries = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<AuditEntry> more = page(selection, page, API_PAGE);
      entries.addAll(more);
      if (entries.size() > MAX_ROWS) {
        throw new ApiProblem(
            400,
            word("audit.file.tooMany.title", locale),
            messages.getMessage("audit.file.tooMany", new Object[] {MAX_ROWS}, locale),
            List.of());
      }
      if (more.size() < API_PAGE) {
        break;
      }
    }
    Trail trail = trail(frame, entries, locale);
    TableExport.Builder table =
        TableExport.of(
            word("audit.title", locale),
            Column.time(word("audit.at", locale), 20),
            Column.text(word("audit.what", locale), 14),
            Column.text(word("audit.file.id", locale), 30),
            Column.number(word("audit.file.version", locale), 10),
            Column.text(word("audit.action", locale), 16),
            Column.text(word("audit.actor", locale), 24),
            Column.text(word("audit.file.actorUnit", locale), 30),
            Column.text(word("audit.changes", locale), 80));
    for (AuditEntry.Shown shown : trail.shown()) {
      AuditEntry e = shown.entry();
      table.row(
          e.at(),
          word("audit.entity." + e.entityType(), "audit.entity.other", locale),
          trail.titles().getOrDefault(e.entityId(), e.entityId()),
          e.version(),
          word("audit.action." + e.action(), "audit.action.other", locale),
          e.actor(),
          e.actorUnit() == null ? "" : trail.names().getOrDefault(e.actorUnit(), e.actorUnit()),
          shown.changes().stream()
              .map(c -> c.field() + ": " + c.before().full() + " → " + c.after().full())
              .collect(Collectors.joining("\n")));
    }
    return table.build().download("nhat-ky-" + selection.unitId(), request);
  }

  /** What the person asked for: a unit (their own by default), days and a kind of record. */
  private Selection selection(
      Frame frame, String unit, LocalDate from, LocalDate to, String kind, Locale locale) {
    if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
      throw new ApiProblem(
          400,
          word("audit.kind.unknown.title", locale),
          word("audit.kind.unknown", locale),
          List.of());
    }
    return new Selection(
        unit == null || unit.isBlank() ? frame.unit().id() : unit,
        from,
        to,
        kind == null || kind.isBlank() ? null : kind);
  }

  private record Selection(String unitId, LocalDate from, LocalDate to, String kind) {}

  /** A page of the selection, as {@code GET /api/audit} gives it. */
  private List<AuditEntry> page(Selection s, int page, int size) {
    UriComponentsBuilder query =
        UriComponentsBuilder.fromPath("/api/audit")
            .queryParam("unit", s.unitId())
            .queryParam("page", page)
            .queryParam("size", size);
    if (s.from() != null) {
      query.queryParam("from", s.from());
    }
    if (s.to() != null) {
      query.queryParam("to", s.to());
    }
    if (s.kind() != null) {
      query.queryParam("entityType", s.kind());
    }
    return api.list(
        new ParameterizedTypeReference<List<AuditEntry>>() {},
        query.encode().build().toUriString());
  }

  /** The entries in words, the units the person may choose, and every unit named by its name. */
  private record Trail(
      List<AuditEntry.Shown> shown,
      List<OrgUnit> choices,
      Map<String, String> names,
      Map<String, String> titles) {}

  private Trail trail(Frame frame, List<AuditEntry> entries, Locale locale) {
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
    List<AuditEntry.Shown> shown = entries.stream().map(values::shown).toList();
    entries.stream()
        .flatMap(
            e -> Stream.of(e.actorUnit(), "org-unit".equals(e.entityType()) ? e.entityId() : null))
        .filter(Objects::nonNull)
        .forEach(unitName::apply);
    // The record each entry is about, by what it is called: a plan by its number and title, a task
    // or an activity by its title, a unit by its name.
    Map<String, String> titles = new HashMap<>();
    Map<String, String> tasks = new HashMap<>();
    Map<String, String> activities = new HashMap<>();
    for (AuditEntry e : entries) {
      switch (e.entityType() == null ? "" : e.entityType()) {
        case "plan" -> titles.put(e.entityId(), planName.apply(e.entityId()));
        case "task" -> titles.put(e.entityId(), tasks.computeIfAbsent(e.entityId(), this::task));
        case "activity" ->
            titles.put(e.entityId(), activities.computeIfAbsent(e.entityId(), this::activity));
        case "org-unit" -> titles.put(e.entityId(), unitName.apply(e.entityId()));
        default -> {}
      }
    }
    return new Trail(shown, choices, names, titles);
  }

  private String word(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String word(String key, String otherwise, Locale locale) {
    String word = messages.getMessage(key, null, null, locale);
    return word != null ? word : messages.getMessage(otherwise, null, locale);
  }

  /** "số 123/KH-UBND — title", or the id where the API has no plan to show. */
  private String plan(String id) {
    return called(
        PlanName.class,
        "/api/plans/{id}",
        id,
        p -> p.number() == null ? p.title() : p.number() + " — " + p.title());
  }

  /** A task's title, or its id where the API has none to show. */
  private String task(String id) {
    return called(TaskTitle.class, "/api/tasks/{id}", id, TaskTitle::title);
  }

  /**
   * An activity's title, or its id where the API has none to show (withdrawn ones stay readable).
   */
  private String activity(String id) {
    return called(TaskTitle.class, "/api/activities/{id}", id, TaskTitle::title);
  }

  /** What the trail shows of a task or an activity: its title. */
  public record TaskTitle(String title) {}

  /** What the trail shows of a plan. */
  public record PlanName(String number, String title) {}

  /** A unit's name, or its id where the API has none to show. */
  private String name(String id) {
    return called(OrgUnit.class, "/api/org-units/{id}", id, OrgUnit::name);
  }

  /** What the record at {@code path} is called, or its id where the API does not show it. */
  private <T> String called(
      Class<T> type, String path, String id, java.util.function.Function<T, String> words) {
    try {
      return api.find(type, path, id).map(words).orElse(id);
    } catch (ApiProblem refused) {
      return id;
    }
  }
}
