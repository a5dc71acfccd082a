package vn.loa.web.statistics;

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
 * span of years (the last five unless the address says otherwise), as the appendix of the city's
 * report lays it out, with the same table to download as Excel or CSV. Years the API refuses (a
 * span too long, the end before the start) are shown as a refusal in words.
 */
@Controller
class IndicatorsPage {

  /** How many years the table shows when the address names none. */
  static final int YEARS = 5;

  private final LoaApi api;
  private final Words words;

  IndicatorsPage(LoaApi api, Words words) {
    this.api = api;
    this.words = words;
  }

  @GetMapping("/statistics/indicators")
  String indicators(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    String unitId = unit == null || unit.isBlank() ? frame.unit().id() : unit;
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
    model.addAttribute("first", first);
    model.addAttribute("last", last);
    model.addAttribute("xlsx", download("/api/statistics/indicators.xlsx", unitId, first, last));
    model.addAttribute("csv", download("/api/statistics/indicators.csv", unitId, first, last));
    return "statistics/indicators";
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
