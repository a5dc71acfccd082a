package vn.loa.task.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.loa.support.web.ProblemException;
import vn.loa.task.activity.Activities;
import vn.loa.task.activity.ActivityContent;
import vn.loa.task.orgunit.OrgUnitDirectory;

/**
 * Records the demo activities of 2021 – 31/3/2025 ({@code demo/activities.tsv}) once their units
 * have reached this service from plan-service, each under its own idempotency key: a restart
 * records nothing twice. Runs beside the service, so the service answers while the hierarchy is
 * still arriving.
 */
@Component
@ConditionalOnBooleanProperty("loa.demo.enabled")
class DemoActivities implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);
  static final Duration PATIENCE = Duration.ofMinutes(10);

  private final Activities activities;
  private final OrgUnitDirectory units;

  DemoActivities(Activities activities, OrgUnitDirectory units) {
    this.activities = activities;
    this.units = units;
  }

  record Row(String key, ActivityContent content) {}

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<Row> rows = rows();
    Thread.ofVirtual().name("demo-activities").start(() -> recordAll(rows));
  }

  private void recordAll(List<Row> pending) {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    List<Row> left = new ArrayList<>(pending);
    int recorded = 0;
    while (!left.isEmpty() && System.nanoTime() < giveUp) {
      for (var it = left.iterator(); it.hasNext(); ) {
        Row row = it.next();
        if (units.find(row.content().unitId()).isEmpty()) {
          continue; // its unit has not reached this service yet
        }
        try {
          if (!activities.record(row.content(), "demo", row.key()).replayed()) {
            recorded++;
          }
          it.remove();
        } catch (ProblemException refused) {
          log.warn("Demo activity {} not recorded yet: {}", row.key(), refused.getMessage());
        }
      }
      if (!left.isEmpty()) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    if (left.isEmpty()) {
      log.info("Demo activities ready ({} recorded)", recorded);
    } else {
      log.error(
          "Demo activities: {} not recorded in {} (units never arrived): {}",
          left.size(),
          PATIENCE,
          left.stream().limit(5).map(Row::key).toList());
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("demo/activities.tsv").getInputStream(),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(
            new Row(
                f[0],
                new ActivityContent(
                    f[1],
                    f[2],
                    LocalDate.parse(f[3]),
                    f[6],
                    Long.parseLong(f[4]),
                    Long.parseLong(f[5]),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of())));
      }
    }
    return rows;
  }
}
