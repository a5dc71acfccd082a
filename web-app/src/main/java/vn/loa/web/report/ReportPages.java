package vn.loa.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.SignedIn;
import vn.loa.web.platform.Words;

/**
 * {@code /reports}: the unit's reports and those sent to it; {@code /reports/{id}}: one report, its
 * figures and written parts, and what the person may do with it — write and submit it (an official
 * of its unit, while it is a draft or returned), take it in or return it (an official of one of its
 * receivers, once submitted). The API decides; the page offers only what it would allow.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

  static final List<String> PARTS =
      List.of(
          "guidance",
          "results",
          "assessment",
          "limitations",
          "difficulties",
          "directions",
          "proposals");

  private final LoaApi api;
  private final Words words;

  ReportPages(LoaApi api, Words words) {
    this.api = api;
    this.words = words;
  }

  @GetMapping
  String list(Model model) {
    SignedIn me = SignedIn.current();
    List<Report> own =
        api
            .list(
                new ParameterizedTypeReference<List<Report>>() {},
                "/api/reports?unit={unit}",
                me.unitId())
            .stream()
            .sorted(Comparator.comparing(Report::deadline).reversed())
            .toList();
    List<Report> received =
        api
            .list(
                new ParameterizedTypeReference<List<Report>>() {},
                "/api/reports?receiver={unit}",
                me.unitId())
            .stream()
            .filter(r -> !"DRAFT".equals(r.status()))
            .sorted(
                Comparator.comparing(
                    Report::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    Map<String, String> names = new LinkedHashMap<>();
    for (Report r : received) {
      names.computeIfAbsent(
          r.unitId(),
          id -> api.find(OrgUnit.class, "/api/org-units/{id}", id).map(OrgUnit::name).orElse(id));
    }
    model.addAttribute("own", own);
    model.addAttribute("received", received);
    model.addAttribute("names", names);
    return "report/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    return page(api.get(Report.class, "/api/reports/{id}", id), null, null, model);
  }

  /** Saves the written parts; with {@code submit}, sends the report too. */
  @PostMapping("/{id}")
  String write(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      @RequestParam long version,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, String> narrative = new LinkedHashMap<>();
    for (String part : PARTS) {
      String text = form.get(part);
      narrative.put(part, text == null || text.isBlank() ? null : text.strip());
    }
    try {
      LoaApi.Versioned<Report> saved =
          api.send(
              HttpMethod.PUT, Report.class, narrative, ifMatch(version), "/api/reports/{id}", id);
      if (form.containsKey("submit")) {
        api.send(
            HttpMethod.POST,
            Report.class,
            null,
            ifMatch(saved.body().version()),
            "/api/reports/{id}/submit",
            id);
        redirect.addFlashAttribute("notice", "report.submitted");
      } else {
        redirect.addFlashAttribute("notice", "report.saved");
      }
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInputToAnExisting()) {
        throw refused;
      }
      response.setStatus(refused.status());
      return page(api.get(Report.class, "/api/reports/{id}", id), refused, narrative, model);
    }
    return "redirect:/reports/" + id;
  }

  @PostMapping("/{id}/approve")
  String approve(@PathVariable String id, @RequestParam long version, RedirectAttributes redirect) {
    api.send(
        HttpMethod.POST, Report.class, null, ifMatch(version), "/api/reports/{id}/approve", id);
    redirect.addFlashAttribute("notice", "report.approved");
    return "redirect:/reports/" + id;
  }

  @PostMapping("/{id}/return")
  String sendBack(
      @PathVariable String id,
      @RequestParam long version,
      @RequestParam(required = false) String comment,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      api.send(
          HttpMethod.POST,
          Report.class,
          Map.of("comment", comment == null ? "" : comment.strip()),
          ifMatch(version),
          "/api/reports/{id}/return",
          id);
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInputToAnExisting()) {
        throw refused;
      }
      response.setStatus(refused.status());
      model.addAttribute("returnComment", comment);
      return page(api.get(Report.class, "/api/reports/{id}", id), refused, null, model);
    }
    redirect.addFlashAttribute("notice", "report.returned");
    return "redirect:/reports/" + id;
  }

  /**
   * The version the person's page showed, for {@code If-Match}; none for a report never written
   * (version 0: the API creates it, and two first writes cannot both succeed).
   */
  private static List<String> ifMatch(long version) {
    return version < 1 ? List.of() : List.of("If-Match", "\"" + version + "\"");
  }

  private String page(Report report, ApiProblem problem, Map<String, String> typed, Model model) {
    SignedIn me = SignedIn.current();
    model.addAttribute("report", report);
    model.addAttribute("unit", api.get(OrgUnit.class, "/api/org-units/{id}", report.unitId()));
    model.addAttribute("categories", words.categories());
    model.addAttribute("parts", typed != null ? typed : report.narrative().parts());
    model.addAttribute(
        "author", report.open() && me.unitId().equals(report.unitId()) && me.official());
    model.addAttribute(
        "reviewer",
        report.submitted() && report.receiverIds().contains(me.unitId()) && me.official());
    model.addAttribute("problem", problem);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    return "report/show";
  }
}
