package vn.loa.web.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.Words;

/**
 * {@code /statistics/indicators?unit=&from=&to=}: the indicator table of a unit's subtree for a
 * span of years (the last five unless the address says otherwise) — the person's unit unless the
 * address names another, the province for a coordinating agency, as on the figures page — as the
 * appendix of the city's report lays it out, with the same table to download as Excel or CSV. Years
 * the API refuses (a span too long, the end before the start) are shown as a refusal in words. The
 * title and the year headings are built here in the page's language from the table's years and
 * cut-off; the API's Vietnamese headings are what its spreadsheet carries.
 */
@Controller
class IndicatorsPage {

  /** How many years the table shows when the address names none. */
  static final int YEARS = 5;

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

  private final LoaApi api;
  private final Words words;
  private final MessageSource messages;

  IndicatorsPage(LoaApi api, Words words, MessageSource messages) {
    this.api = api;
    this.words = words;
    this.messages = messages;
  }

  @GetMapping("/statistics/indicators")
  String indicators(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    String unitId = unit == null || unit.isBlank() ? StatisticsPage.ownView(frame, api) : unit;
    int last = to == null ? words.today().getYear() : to;
    int first = from == null ? last - YEARS + 1 : from;
    IndicatorTable table =
        api.get(
            IndicatorTable.class,
            "/api/statistics/indicators?unit={u}&from={f}&to={t}",
            unitId,
            first,
            last);
    model.addAttribute("table", table);
    model.addAttribute("heading", heading(table));
    model.addAttribute("years", years(table));
    model.addAttribute("first", first);
    model.addAttribute("last", last);
    model.addAttribute("xlsx", download("/api/statistics/indicators.xlsx", unitId, first, last));
    model.addAttribute("csv", download("/api/statistics/indicators.csv", unitId, first, last));
    return "statistics/indicators";
  }

  /** "Thống kê … của thành phố Hải Phòng" as the API words it, or the same in English. */
  private String heading(IndicatorTable table) {
    Locale locale = LocaleContextHolder.getLocale();
    return "vi".equals(locale.getLanguage())
        ? table.title()
        : messages.getMessage("indicators.heading", new Object[] {table.unitName()}, locale);
  }

  /** "Năm 2025 (Tính đến 31/3)" / "Year 2025 (to 31/3)": a year still running says to when. */
  private List<String> years(IndicatorTable table) {
    Locale locale = LocaleContextHolder.getLocale();
    LocalDate cutoff = table.asOf() != null ? table.asOf() : words.today();
    return table.columns().stream()
        .map(
            c -> {
              String year = words.window(Integer.toString(c.year()));
              return c.toDate()
                  ? messages.getMessage(
                      "indicators.toDate", new Object[] {year, DAY_MONTH.format(cutoff)}, locale)
                  : year;
            })
        .toList();
  }

  private static String download(String path, String unit, int from, int to) {
    return UriComponentsBuilder.fromPath(path)
        .queryParam("unit", unit)
        .queryParam("from", from)
        .queryParam("to", to)
        .encode()
        .toUriString();
  }
}
