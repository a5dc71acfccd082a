package vn.loa.web.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.web.home.Directive;
import vn.loa.web.home.Task;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.Units;
import vn.loa.web.platform.Words;

/**
 * {@code /directives} (the unit's inbox), {@code /plans} (its plans), {@code /plans/new} (a draft,
 * from a directive: {@code ?directive={planId}}), {@code /plans/{id}} (one plan with its tasks),
 * its editing and its issue. Each reads and writes through the API, which decides whether the
 * person may.
 */
@Controller
class PlanPages {

  /** What {@code GET /api/plans/{id}} shows beyond the content: not sent back on a change. */
  private static final List<String> STANDING =
      List.of(
          "id",
          "status",
          "version",
          "revision",
          "revisions",
          "revokedOn",
          "revocationReason",
          "createdAt",
          "createdBy",
          "changedAt",
          "changedBy");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

  private final LoaApi api;
  private final Words words;
  private final Units units;
  private final JsonMapper json;

  PlanPages(LoaApi api, Words words, Units units, JsonMapper json) {
    this.api = api;
    this.words = words;
    this.units = units;
    this.json = json;
  }

  @InitBinder("form")
  void fields(WebDataBinder binder) {
    binder.initDirectFieldAccess();
  }

  @GetMapping("/directives")
  String directives(@ModelAttribute("frame") Frame frame, Model model) {
    List<Directive> inbox =
        api.list(
            new ParameterizedTypeReference<List<Directive>>() {},
            "/api/directives?unit={id}",
            frame.unit().id());
    Map<String, OrgUnit> issuers = new LinkedHashMap<>();
    for (Directive d : inbox) {
      issuers.computeIfAbsent(
          d.issuerId(), id -> api.get(OrgUnit.class, "/api/org-units/{id}", id));
    }
    model.addAttribute("directives", inbox);
    model.addAttribute("issuers", issuers);
    return "plan/directives";
  }

  @GetMapping("/plans")
  String plans(@ModelAttribute("frame") Frame frame, Model model) {
    List<Plan> plans =
        api
            .list(
                new ParameterizedTypeReference<List<Plan>>() {},
                "/api/plans?issuer={id}",
                frame.unit().id())
            .stream()
            .sorted(
                Comparator.comparing(Plan::draft)
                    .reversed()
                    .thenComparing(
                        Plan::issuedOn, Comparator.nullsFirst(Comparator.reverseOrder())))
            .toList();
    model.addAttribute("plans", plans);
    return "plan/list";
  }

  /** A new draft; from a directive, its basis, coverage, forms and reporting regime filled in. */
  @GetMapping("/plans/new")
  String draftForm(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String directive,
      Model model) {
    PlanForm form = new PlanForm();
    form.issuedOn = words.today().toString();
    form.idempotencyKey = UUID.randomUUID().toString();
    Plan directing = null;
    if (directive != null && !directive.isBlank()) {
      directing = plan(directive);
      fill(form, directing);
    }
    model.addAttribute("directing", directing);
    return showForm(frame, form, null, null, "", model);
  }

  @PostMapping("/plans")
  String draft(
      @ModelAttribute("frame") Frame frame,
      @ModelAttribute("form") PlanForm form,
      @RequestParam(required = false) String more,
      Model model,
      HttpServletResponse response) {
    form.compact();
    if (more != null) {
      return showForm(frame, form, null, null, more, model);
    }
    if (PlanForm.blank(form.idempotencyKey)) {
      form.idempotencyKey = UUID.randomUUID().toString();
    }
    Map<String, Object> body = form.body(Map.of());
    body.put("issuerId", frame.unit().id());
    Plan drafted;
    try {
      drafted =
          api.send(
                  HttpMethod.POST,
                  Plan.class,
                  body,
                  List.of("Idempotency-Key", form.idempotencyKey),
                  "/api/plans")
              .body();
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInput()) {
        throw refused;
      }
      response.setStatus(refused.status());
      return showForm(frame, form, null, refused, "", model);
    }
    return "redirect:/plans/" + drafted.id() + "?saved";
  }

  @GetMapping("/plans/{id}")
  String show(
      @ModelAttribute("frame") Frame frame,
      @PathVariable String id,
      @RequestParam(required = false) String saved,
      Model model) {
    return showPlan(frame, plan(id), null, saved != null ? "plan.saved" : null, model);
  }

  /** Which addressees have issued their implementing plans, who is late. */
  @GetMapping("/plans/{id}/compliance")
  String compliance(@PathVariable String id, Model model) {
    model.addAttribute("compliance", api.get(Compliance.class, "/api/plans/{id}/compliance", id));
    return "plan/compliance";
  }

  @GetMapping("/plans/{id}/edit")
  String edit(@ModelAttribute("frame") Frame frame, @PathVariable String id, Model model) {
    Plan plan = plan(id);
    if (!plan.draft()) {
      return "redirect:/plans/" + id;
    }
    return showForm(frame, PlanForm.of(plan), plan, null, "", model);
  }

  @PostMapping("/plans/{id}")
  String change(
      @ModelAttribute("frame") Frame frame,
      @PathVariable String id,
      @ModelAttribute("form") PlanForm form,
      @RequestParam(required = false) String more,
      Model model,
      HttpServletResponse response) {
    Map<String, Object> stored = content(id);
    Plan plan = json.convertValue(stored, Plan.class);
    form.compact();
    if (more != null) {
      return showForm(frame, form, plan, null, more, model);
    }
    STANDING.forEach(stored::remove);
    try {
      api.send(
          HttpMethod.PUT,
          Plan.class,
          form.body(stored),
          List.of("If-Match", "\"" + form.version + "\""),
          "/api/plans/{id}",
          id);
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInputToAnExisting()) {
        throw refused;
      }
      response.setStatus(refused.status());
      return showForm(frame, form, plan, refused, "", model);
    }
    return "redirect:/plans/" + id + "?saved";
  }

  @PostMapping("/plans/{id}/issue")
  String issue(
      @ModelAttribute("frame") Frame frame,
      @PathVariable String id,
      @RequestParam long version,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      api.send(
          HttpMethod.POST,
          Plan.class,
          null,
          List.of("If-Match", "\"" + version + "\""),
          "/api/plans/{id}/issue",
          id);
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInputToAnExisting()) {
        throw refused;
      }
      response.setStatus(refused.status());
      return showPlan(frame, plan(id), refused, null, model);
    }
    redirect.addFlashAttribute("notice", "plan.issued");
    return "redirect:/plans/" + id;
  }

  private String showPlan(Frame frame, Plan plan, ApiProblem problem, String notice, Model model) {
    Map<String, OrgUnit> named = new LinkedHashMap<>();
    for (OrgUnit u : units.ownAndChildren(frame.unit())) {
      named.put(u.id(), u);
    }
    List<Task> tasks = new ArrayList<>();
    if (!plan.draft()) {
      for (String unitId :
          plan.assignments().stream().map(Plan.Assignment::unitId).distinct().toList()) {
        api
            .list(new ParameterizedTypeReference<List<Task>>() {}, "/api/tasks?unit={id}", unitId)
            .stream()
            .filter(t -> plan.id().equals(t.planId()))
            .forEach(tasks::add);
      }
    }
    Map<String, Long> progress =
        tasks.stream().collect(Collectors.groupingBy(Task::status, Collectors.counting()));
    model.addAttribute("plan", plan);
    model.addAttribute("names", named);
    model.addAttribute("tasks", tasks);
    model.addAttribute("progress", progress);
    model.addAttribute("categories", words.categories());
    model.addAttribute("problem", problem);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    if (notice != null && !model.containsAttribute("notice")) {
      model.addAttribute("notice", notice);
    }
    return "plan/show";
  }

  private String showForm(
      Frame frame, PlanForm form, Plan plan, ApiProblem problem, String more, Model model) {
    List<OrgUnit> own = units.ownAndChildren(frame.unit());
    model.addAttribute("form", form.withSpareRows(more));
    model.addAttribute("plan", plan);
    model.addAttribute("assignable", own.subList(1, own.size()));
    model.addAttribute("categories", words.categories());
    model.addAttribute("problem", problem);
    model.addAttribute(
        "errors", problem == null ? Map.of() : PlanForm.errors(problem.fieldErrors()));
    if (!model.containsAttribute("directing")) {
      model.addAttribute("directing", null);
    }
    return "plan/form";
  }

  /**
   * What the implementing plan takes from the plan directing it: the citation as its first basis,
   * linked; the period it covers; the place; its forms; its reporting regime, which the unit owes
   * as the issuer of its own plan (seed 002: the department reports to the city's receivers).
   */
  private void fill(PlanForm form, Plan directing) {
    OrgUnit issuer = api.get(OrgUnit.class, "/api/org-units/{id}", directing.issuerId());
    PlanForm.BasisRow basis = new PlanForm.BasisRow();
    basis.planId = directing.id();
    basis.citation = citation(directing, issuer);
    form.basis.add(basis);
    form.place = directing.place();
    if (directing.coverage() != null) {
      form.coverageFrom =
          directing.coverage().from() == null ? null : directing.coverage().from().toString();
      form.coverageTo =
          directing.coverage().to() == null ? null : directing.coverage().to().toString();
    }
    for (Plan.Form f : directing.forms()) {
      PlanForm.FormRow row = new PlanForm.FormRow();
      row.text = f.text();
      row.categories = new ArrayList<>(f.categories());
      row.timing = f.timing();
      form.forms.add(row);
    }
    form.reporting(directing.reporting());
    if (directing.reporting() != null) {
      form.owedBy = "ISSUER";
    }
  }

  /**
   * "Quyết định số 3041/QĐ-UBND ngày 26/7/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc ban
   * hành …": the document, its number and date, the body that issued it (a province's or a
   * commune's People's Committee, or the agency itself) and its title.
   */
  static String citation(Plan plan, OrgUnit issuer) {
    String kind = "QUYET_DINH".equals(plan.type()) ? "Quyết định" : "Kế hoạch";
    String body =
        "PROVINCE".equals(issuer.type()) || "COMMUNE".equals(issuer.type())
            ? "Ủy ban nhân dân " + lowerFirst(issuer.name())
            : issuer.name();
    StringBuilder s = new StringBuilder(kind);
    if (plan.number() != null) {
      s.append(" số ").append(plan.number());
    }
    if (plan.issuedOn() != null) {
      s.append(" ngày ").append(DAY.format(plan.issuedOn()));
    }
    s.append(" của ").append(body);
    if (plan.title() != null) {
      s.append(' ').append(lowerFirst(plan.title()));
    }
    return s.toString();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private Plan plan(String id) {
    return json.convertValue(content(id), Plan.class);
  }

  private Map<String, Object> content(String id) {
    @SuppressWarnings("unchecked")
    Map<String, Object> stored = new LinkedHashMap<>(api.get(Map.class, "/api/plans/{id}", id));
    return stored;
  }
}
