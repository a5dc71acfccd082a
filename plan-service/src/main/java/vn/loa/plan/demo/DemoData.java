package vn.loa.plan.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnitType;
import vn.loa.plan.orgunit.OrgUnits;
import vn.loa.plan.plan.Plan;
import vn.loa.plan.plan.PlanStatus;
import vn.loa.plan.plan.Plans;

/**
 * Loads the demo hierarchy. Runs on every start and adds only what is missing, so a restart keeps
 * all data and publishes nothing new.
 */
@Component
@ConditionalOnBooleanProperty("loa.demo.enabled")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** In citation order: a plan is issued after the plans it cites. */
  static final List<String> PLANS =
      List.of(
          "hp-qd-3041-2025",
          "hp-sngv-kh-58-2025",
          "hp-skhcn-kh-2025s2",
          "hp-kim-thanh-kh-2025",
          "lc-skhcn-kh-2025");

  private final OrgUnits units;
  private final Plans plans;
  private final JsonMapper json;

  DemoData(OrgUnits units, Plans plans, JsonMapper json) {
    this.units = units;
    this.plans = plans;
    this.json = json;
  }

  /**
   * The hierarchy of today, then the units that ended on 30/6/2025 (their successors exist by
   * then).
   */
  static final List<String> HIERARCHY = List.of("demo/org-units.tsv", "demo/org-units-history.tsv");

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int created = 0;
    int ended = 0;
    for (String file : HIERARCHY) {
      for (String[] f : rows(file)) {
        OrgUnit unit = units.find(f[0]).orElse(null);
        if (unit == null) {
          unit =
              units.create(
                  new OrgUnits.NewOrgUnit(
                      f[0],
                      f[1],
                      f[5],
                      OrgUnitType.valueOf(f[2]),
                      f[3].isEmpty() ? null : f[3],
                      LocalDate.parse(f[4])));
          created++;
        }
        // Columns 7 and 8: the last day of a unit that no longer exists, and the unit it was merged
        // into.
        if (f.length > 6 && !f[6].isEmpty() && unit.validTo() == null) {
          LocalDate lastDay = LocalDate.parse(f[6]);
          if (f.length > 7 && !f[7].isEmpty()) {
            units.merge(f[0], f[7], lastDay.plusDays(1), unit.version());
          } else {
            units.retire(f[0], lastDay, unit.version());
          }
          ended++;
        }
      }
    }
    log.info("Demo hierarchy ready ({} units added, {} ended on their last day)", created, ended);
    loadPlans();
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> rows = new java.util.ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  /**
   * The seed plans (seeds 000–003 and the city decision they cite), drafted then issued; a plan
   * issued by an earlier version of the demo whose content has been corrected since is amended to
   * it.
   */
  private void loadPlans() throws IOException {
    int issued = 0;
    int amended = 0;
    for (String name : PLANS) {
      JsonNode document =
          json.readTree(new ClassPathResource("demo/plans/" + name + ".json").getInputStream());
      String id = document.get("id").asString();
      PlanContent content = json.treeToValue(document.get("content"), PlanContent.class);
      Plan plan = plans.draftAs(id, content, "demo");
      if (plan.status() == PlanStatus.DRAFT) {
        plans.issue(id, plan.version(), "demo");
        issued++;
      } else if (plan.status() == PlanStatus.ISSUED && !plan.content().equals(content)) {
        plans.amend(id, content, plan.version(), "demo");
        amended++;
      }
    }
    log.info("Demo plans ready ({} issued, {} amended)", issued, amended);
  }
}
