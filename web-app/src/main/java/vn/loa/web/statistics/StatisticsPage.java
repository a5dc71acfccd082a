package vn.loa.web.statistics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.Category;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.Totals;
import vn.loa.web.platform.Words;

/**
 * {@code /statistics?unit=&period=}: the figures of a unit's subtree for a period. The person's own
 * unit and the current quarter unless the address names others; a unit the person may not read is
 * refused by the API and shown as such. {@code /statistics/categories.xlsx|.csv?unit=&period=}: the
 * figures by form of communication as a spreadsheet, each form by its name in the page's language
 * (the services do not know the forms' names: task-service owns them, the aggregator only their
 * codes — ADR 0019).
 */
@Controller
class StatisticsPage {

  private final LoaApi api;
  private final Words words;
  private final MessageSource messages;

  StatisticsPage(LoaApi api, Words words, MessageSource messages) {
    this.api = api;
    this.words = words;
    this.messages = messages;
  }

  @GetMapping("/statistics")
  String statistics(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String period,
      Model model) {
    String unitId = unit == null || unit.isBlank() ? ownView(frame, api) : unit;
    String code = period == null || period.isBlank() ? words.currentQuarter() : period;
    // The totals first: the API refuses an unknown period or a unit out of reach before anything
    // else is asked.
    Totals totals =
        api.get(Totals.class, "/api/statistics/totals?unit={u}&period={p}", unitId, code);
    OrgUnit shown = api.get(OrgUnit.class, "/api/org-units/{id}", unitId);
    Optional<Totals> before =
        PeriodChoices.previous(code)
            .map(
                p ->
                    api.get(Totals.class, "/api/statistics/totals?unit={u}&period={p}", unitId, p));
    Map<String, Category> categories = words.categories();
    Breakdown byCategory = breakdown(unitId, code, "category");
    Breakdown byMonth = breakdown(unitId, code, "month");
    Breakdown byChild =
        shown.hasUnits() ? largestFirst(withOwn(breakdown(unitId, code, "child"), totals)) : null;

    model.addAttribute("shown", shown);
    model.addAttribute("trail", trail(shown, frame));
    model.addAttribute("period", code);
    model.addAttribute("choices", choices(code));
    model.addAttribute("totals", totals);
    model.addAttribute("before", before.orElse(null));
    model.addAttribute(
        "change", before.map(b -> totals.total().quantity() - b.total().quantity()).orElse(null));
    model.addAttribute("categories", categories);
    model.addAttribute("byCategory", inCategoryOrder(byCategory, categories));
    model.addAttribute("mostByCategory", byCategory.most());
    model.addAttribute("byMonth", byMonth);
    model.addAttribute("byChild", byChild);
    model.addAttribute("completeness", completeness(unitId, code).orElse(null));
    return "statistics/page";
  }

  @GetMapping({"/statistics/categories.xlsx", "/statistics/categories.csv"})
  ResponseEntity<byte[]> categoriesFile(
      @RequestParam String unit,
      @RequestParam String period,
      Locale locale,
      HttpServletRequest request) {
    Map<String, Category> categories = words.categories();
    List<Breakdown.Row> rows = inCategoryOrder(breakdown(unit, period, "category"), categories);
    TableExport.Builder table =
        TableExport.of(
            words.window(period),
            Column.text(messages.getMessage("overview.category", null, locale), 44),
            Column.number(messages.getMessage("overview.quantity", null, locale), 14),
            Column.number(messages.getMessage("overview.participants", null, locale), 18),
            Column.number(messages.getMessage("overview.activities", null, locale), 14));
    for (Breakdown.Row r : rows) {
      table.row(
          words.category(categories, r.key()), r.quantity(), r.participants(), r.activities());
    }
    return table.build().download("so-lieu-" + unit + "-" + period + "-hinh-thuc", request);
  }

  /**
   * What a person sees first: their own unit, or for a coordinating agency (which compiles the
   * figures of its whole province) the province. The indicator table starts there too.
   */
  static String ownView(Frame frame, LoaApi api) {
    if (!frame.person().coordinates()) {
      return frame.unit().id();
    }
    List<OrgUnit> above =
        api.list(
            new ParameterizedTypeReference<List<OrgUnit>>() {},
            "/api/org-units/{id}/ancestors",
            frame.unit().id());
    return above.isEmpty() ? frame.unit().id() : above.getLast().id();
  }

  private Breakdown breakdown(String unitId, String code, String by) {
    return api.get(
        Breakdown.class, "/api/statistics/breakdown?unit={u}&period={p}&by={by}", unitId, code, by);
  }

  /**
   * The child units and, when the unit recorded activities of its own, a row for them: the rows add
   * up to the total.
   */
  private static Breakdown withOwn(Breakdown children, Totals totals) {
    long quantity = totals.total().quantity() - children.quantity();
    long activities = totals.total().activities() - children.activities();
    long participants = totals.total().participants() - children.participants();
    if (quantity == 0 && activities == 0 && participants == 0) {
      return children;
    }
    List<Breakdown.Row> rows = new ArrayList<>(children.rows());
    rows.add(new Breakdown.Row("", null, quantity, participants, activities));
    return new Breakdown(
        children.unitId(), children.period(), children.by(), rows, children.asOf());
  }

  /** The biggest contributors first; units with the same figure in the API's order (by name). */
  private static Breakdown largestFirst(Breakdown b) {
    List<Breakdown.Row> rows = new ArrayList<>(b.rows());
    rows.sort(java.util.Comparator.comparingLong(Breakdown.Row::quantity).reversed());
    return new Breakdown(b.unitId(), b.period(), b.by(), rows, b.asOf());
  }

  /** The categories' rows in the categories' order, an unknown code last. */
  private static List<Breakdown.Row> inCategoryOrder(
      Breakdown breakdown, Map<String, Category> categories) {
    Map<String, Breakdown.Row> byKey = new LinkedHashMap<>();
    for (String code : categories.keySet()) {
      breakdown.rows().stream()
          .filter(r -> r.key().equals(code))
          .findFirst()
          .ifPresent(r -> byKey.put(code, r));
    }
    breakdown.rows().forEach(r -> byKey.putIfAbsent(r.key(), r));
    return byKey.values().stream().filter(r -> r.quantity() > 0 || r.activities() > 0).toList();
  }

  /**
   * The units above the one shown, from the top, as far up as the person may go: each a link. The
   * person's own unit is the top of the trail unless the person may read the whole city.
   */
  private List<OrgUnit> trail(OrgUnit shown, Frame frame) {
    if (shown.id().equals(frame.unit().id())) {
      return List.of();
    }
    List<OrgUnit> above =
        new ArrayList<>(
            api.list(
                new ParameterizedTypeReference<List<OrgUnit>>() {},
                "/api/org-units/{id}/ancestors",
                shown.id()));
    java.util.Collections.reverse(above);
    int own = indexOf(above, frame.unit().id());
    return own < 0 ? above : above.subList(own, above.size());
  }

  private static int indexOf(List<OrgUnit> units, String id) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The period list, with the one shown in it even when it was typed into the address. */
  private List<String> choices(String code) {
    List<String> codes = new ArrayList<>(PeriodChoices.choices(words.today()));
    if (!codes.contains(code)) {
      codes.addFirst(code);
    }
    return codes;
  }

  /**
   * For a reporting window, the reports owed to the unit: nothing for a month, for a unit that is
   * owed none, or for a person who may not see them.
   */
  private Optional<Completeness> completeness(String unitId, String code) {
    if (!PeriodChoices.reportingWindow(code)) {
      return Optional.empty();
    }
    try {
      return api.find(
              Completeness.class, "/api/reports/completeness?parent={u}&window={w}", unitId, code)
          .filter(c -> c.expected() > 0);
    } catch (ApiProblem p) {
      if (p.status() == 403) {
        return Optional.empty();
      }
      throw p;
    }
  }
}
