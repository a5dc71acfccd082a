package vn.loa.plan.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.loa.plan.orgunit.OrgUnitType;
import vn.loa.plan.orgunit.OrgUnits;

/**
 * Loads the demo hierarchy. Runs on every start and adds only what is missing, so a restart keeps all
 * data and publishes nothing new.
 */
@Component
@ConditionalOnBooleanProperty("loa.demo.enabled")
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final OrgUnits units;

  DemoData(OrgUnits units) {
    this.units = units;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    int created = 0;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("demo/org-units.tsv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (units.find(f[0]).isEmpty()) {
          units.create(
              new OrgUnits.NewOrgUnit(
                  f[0], f[1], f[5], OrgUnitType.valueOf(f[2]), f[3].isEmpty() ? null : f[3], LocalDate.parse(f[4])));
          created++;
        }
      }
    }
    log.info("Demo hierarchy ready ({} units added)", created);
  }
}
