package vn.loa.web.activity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.SignedIn;
import vn.loa.web.platform.Totals;
import vn.loa.web.platform.Units;
import vn.loa.web.platform.Words;

/**
 * The pages of a unit's activities: {@code /activities} (the list of a period), {@code
 * /activities/new} (the form), {@code /activities/{id}} (one, with the unit's figure), its
 * correction and its withdrawal. Each reads and writes through the API, which decides whether the
 * person may.
 */
@Controller
@RequestMapping("/activities")
class ActivityPages {

  private final LoaApi api;
  private final Words words;
  private final Units units;

  ActivityPages(LoaApi api, Words words, Units units) {
    this.api = api;
    this.words = words;
    this.units = units;
  }

  @GetMapping
  String list(
      @ModelAttribute("frame") Frame frame,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      Model model) {
    SignedIn me = SignedIn.current();
    String unitId = unit == null || unit.isBlank() ? me.unitId() : unit;
    LocalDate start = from == null ? words.quarterStart() : from;
    LocalDate end = to == null ? words.today() : to;
    List<Activity> activities =
        api.list(
            new ParameterizedTypeReference<List<Activity>>() {},
            "/api/activities?unit={unit}&from={from}&to={to}&size=200",
            unitId,
            start,
            end);
    model.addAttribute("unitId", unitId);
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("activities", activities);
    model.addAttribute("units", units.ownAndChildren(frame.unit()));
    model.addAttribute("categories", words.categories());
    return "activity/list";
  }

  @GetMapping("/new")
  String form(Model model) {
    ActivityForm form = new ActivityForm();
    form.setUnitId(SignedIn.current().unitId());
    form.setOccurredOn(words.today().toString());
    form.setIdempotencyKey(UUID.randomUUID().toString());
    return showForm(form, null, model);
  }

  @PostMapping
  String record(
      @ModelAttribute("form") ActivityForm form,
      @RequestParam(name = "photo", required = false) MultipartFile photo,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    if (form.getIdempotencyKey() == null || form.getIdempotencyKey().isBlank()) {
      form.setIdempotencyKey(UUID.randomUUID().toString());
    }
    LoaApi.Versioned<Activity> recorded;
    try {
      recorded =
          api.send(
              HttpMethod.POST,
              Activity.class,
              form.body(),
              List.of("Idempotency-Key", form.getIdempotencyKey()),
              "/api/activities");
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInput()) {
        throw refused;
      }
      response.setStatus(refused.status());
      return showForm(form, refused, model);
    }
    Activity activity = recorded.body();
    redirect.addFlashAttribute("notice", "activity.recorded");
    // A resubmission the API recognised already attached its photo (or reported why not).
    if (photo != null && !photo.isEmpty() && !recorded.replayed()) {
      try {
        api.upload(
            Activity.class,
            photo.getOriginalFilename(),
            photo.getContentType() == null ? "application/octet-stream" : photo.getContentType(),
            photo.getResource(),
            "/api/activities/{id}/evidence",
            activity.id());
      } catch (ApiProblem refused) {
        redirect.addFlashAttribute(
            "photoProblem", refused.detail() == null ? refused.title() : refused.detail());
      }
    }
    return "redirect:/activities/" + activity.id();
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    Activity activity = api.get(Activity.class, "/api/activities/{id}", id);
    model.addAttribute("activity", activity);
    model.addAttribute("unit", api.get(OrgUnit.class, "/api/org-units/{id}", activity.unitId()));
    // The unit's figure for the activity's quarter; the page stands without it.
    model.addAttribute(
        "totals",
        api.find(
                Totals.class,
                "/api/statistics/totals?unit={unit}&period={p}",
                activity.unitId(),
                activity.quarter())
            .orElse(null));
    model.addAttribute("categories", words.categories());
    return "activity/show";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    Activity activity = api.get(Activity.class, "/api/activities/{id}", id);
    model.addAttribute("activity", activity);
    return showForm(ActivityForm.of(activity), null, model);
  }

  @PostMapping("/{id}")
  String correct(
      @PathVariable String id,
      @ModelAttribute("form") ActivityForm form,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      api.send(
          HttpMethod.PUT,
          Activity.class,
          form.body(),
          List.of("If-Match", "\"" + form.getVersion() + "\""),
          "/api/activities/{id}",
          id);
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInputToAnExisting()) {
        throw refused;
      }
      model.addAttribute("activity", api.get(Activity.class, "/api/activities/{id}", id));
      response.setStatus(refused.status());
      return showForm(form, refused, model);
    }
    redirect.addFlashAttribute("notice", "activity.corrected");
    return "redirect:/activities/" + id;
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(
      @PathVariable String id, @RequestParam long version, RedirectAttributes redirect) {
    Activity activity = api.get(Activity.class, "/api/activities/{id}", id);
    api.send(
        HttpMethod.DELETE,
        Void.class,
        null,
        List.of("If-Match", "\"" + version + "\""),
        "/api/activities/{id}",
        id);
    redirect.addFlashAttribute("notice", "activity.withdrawn");
    return "redirect:"
        + UriComponentsBuilder.fromPath("/activities")
            .queryParam("unit", activity.unitId())
            .queryParam("from", activity.occurredOn().withDayOfMonth(1))
            .build()
            .toUriString();
  }

  private String showForm(ActivityForm form, ApiProblem problem, Model model) {
    // The frame's unit, read once for the page.
    Frame frame = (Frame) model.getAttribute("frame");
    List<OrgUnit> units = this.units.ownAndChildren(frame.unit());
    List<TaskChoice> tasks = new ArrayList<>();
    for (OrgUnit u : units) {
      api
          .list(
              new ParameterizedTypeReference<List<TaskChoice>>() {}, "/api/tasks?unit={id}", u.id())
          .stream()
          .filter(TaskChoice::open)
          .forEach(tasks::add);
    }
    model.addAttribute("form", form);
    model.addAttribute("units", units);
    model.addAttribute("tasks", tasks);
    model.addAttribute("categories", words.categories());
    model.addAttribute("problem", problem);
    model.addAttribute("errors", problem == null ? Map.of() : problem.fieldErrors());
    return "activity/form";
  }

  /** A task the activity may belong to. */
  public record TaskChoice(String id, String unitId, String title, String role, String status) {
    public boolean open() {
      return "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status);
    }
  }
}
