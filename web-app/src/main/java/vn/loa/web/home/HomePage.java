package vn.loa.web.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.loa.web.platform.Frame;
import vn.loa.web.platform.LoaApi;
import vn.loa.web.platform.OrgUnit;
import vn.loa.web.platform.SignedIn;
import vn.loa.web.platform.Totals;
import vn.loa.web.platform.Units;
import vn.loa.web.platform.Words;

/** {@code /}: "Việc cần làm" for officials, the overview of the quarter for the city. */
@Controller
class HomePage {

  private final LoaApi api;
  private final Words words;
  private final Units units;

  HomePage(LoaApi api, Words words, Units units) {
    this.api = api;
    this.words = words;
    this.units = units;
  }

  @GetMapping("/")
  String home(@ModelAttribute("frame") Frame frame, Model model) {
    SignedIn me = frame.person();
    if (me.landsOnOverview()) {
      return overview(me, model);
    }
    List<OrgUnit> units = this.units.ownAndChildren(frame.unit());
    Map<String, OrgUnit> byId =
        units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity(), (a, b) -> a));
    List<Task> tasks = new ArrayList<>();
    for (OrgUnit u : units) {
      tasks.addAll(
          api
              .list(new ParameterizedTypeReference<List<Task>>() {}, "/api/tasks?unit={id}", u.id())
              .stream()
              .filter(Task::open)
              .toList());
    }
    tasks.sort(Comparator.comparing(Task::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Directive> directives =
        api.list(
            new ParameterizedTypeReference<List<Directive>>() {},
            "/api/directives?unit={id}",
            me.unitId());
    List<ReportDuty> reports =
        api
            .list(
                new ParameterizedTypeReference<List<ReportDuty>>() {},
                "/api/reports?unit={id}",
                me.unitId())
            .stream()
            .filter(ReportDuty::owed)
            .sorted(Comparator.comparing(ReportDuty::deadline))
            .toList();
    model.addAttribute("units", byId);
    model.addAttribute("tasks", tasks);
    model.addAttribute("directives", directives);
    model.addAttribute("reports", reports);
    return "home/todo";
  }

  private String overview(SignedIn me, Model model) {
    String quarter = words.currentQuarter();
    Totals totals =
        api.get(
            Totals.class, "/api/statistics/totals?unit={unit}&period={p}", me.unitId(), quarter);
    model.addAttribute("totals", totals);
    model.addAttribute("categories", words.categories());
    return "home/overview";
  }
}
