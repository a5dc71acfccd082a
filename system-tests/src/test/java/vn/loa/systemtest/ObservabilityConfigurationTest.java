package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;

/**
 * The alert rules and the dashboard docker-compose provisions are checked, not hoped for (issue
 * 16): Prometheus' own tool finds the rules valid and fires each as its unit tests expect, and
 * every metric a rule or a dashboard panel names is one the running services expose.
 */
class ObservabilityConfigurationTest {

  static final Path DOCKER = Path.of("..", "docker");
  static final Path RULES = DOCKER.resolve("prometheus/rules/loa-alerts.yml");
  static final Path RULE_TESTS = DOCKER.resolve("prometheus/rules/loa-alerts.test.yml");
  static final Path DASHBOARD = DOCKER.resolve("grafana/provisioning/dashboards/loa.json");

  /** A metric name as the services' Prometheus endpoints write them. */
  static final Pattern METRIC =
      Pattern.compile("\\b((?:loa|http|jvm|spring|process|kafka|executor|system)_[a-z0-9_]+)\\b");

  static String promtool() {
    for (String dir : System.getenv("PATH").split(":")) {
      Path p = Path.of(dir, "promtool");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    String message =
        "ALERT RULES NOT CHECKED: promtool is not installed (Debian package prometheus; .ci/run"
            + " installs it)";
    System.err.println("*".repeat(80) + "\n" + message + "\n" + "*".repeat(80));
    Assumptions.abort(message);
    return null;
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(RULES.getParent().toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    return out;
  }

  @Test
  void the_alert_rules_are_valid_and_each_fires_as_its_unit_test_expects() throws Exception {
    String promtool = promtool();
    String checked = run(promtool, "check", "rules", RULES.getFileName().toString());
    assertThat(checked).contains("SUCCESS: 7 rules found");
    String tested = run(promtool, "test", "rules", RULE_TESTS.getFileName().toString());
    assertThat(tested).contains("SUCCESS");
    // every alert has a unit test
    String rules = Files.readString(RULES);
    String tests = Files.readString(RULE_TESTS);
    Matcher alert = Pattern.compile("- alert: (\\w+)").matcher(rules);
    while (alert.find()) {
      assertThat(tests).as(alert.group(1)).contains("alertname: " + alert.group(1));
    }
  }

  /** The metric names in the rules' expressions and the dashboard's queries. */
  static Set<String> named() throws IOException {
    Set<String> names = new TreeSet<>();
    List<String> expressions = new ArrayList<>();
    for (String line : Files.readAllLines(RULES)) {
      if (line.strip().startsWith("expr:")) {
        expressions.add(line);
      }
    }
    JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
    dashboard
        .get("panels")
        .forEach(p -> p.get("targets").forEach(t -> expressions.add(t.get("expr").asString())));
    for (String e : expressions) {
      Matcher m = METRIC.matcher(e);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  @Test
  void every_metric_the_rules_and_the_dashboard_name_is_one_the_services_expose() throws Exception {
    var platform = SystemUnderTest.platform();
    // a request through the gateway to each service, so request metrics exist everywhere
    SystemUnderTest.gateway().get("/api/plans?issuer=hp");
    SystemUnderTest.gateway().get("/api/tasks?unit=hp-kim-thanh");
    SystemUnderTest.gateway().get("/api/statistics/totals?unit=hp&period=2025");
    Set<String> exposed = new TreeSet<>();
    for (Service s : Service.values()) {
      Http.Response r =
          new Http("http://127.0.0.1:" + platform.managementPort(s)).get("/actuator/prometheus");
      assertThat(r.status()).as(s.module()).isEqualTo(200);
      for (String line : r.text().split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          exposed.add(line.split("[{ ]", 2)[0]);
        }
      }
    }
    Set<String> named = named();
    assertThat(named)
        .contains(
            "loa_outbox_backlog",
            "loa_rollup_freshness_seconds",
            "loa_messaging_dead_letters_total",
            "loa_web_shed_total",
            "http_server_requests_seconds_count",
            "jvm_memory_used_bytes");
    assertThat(exposed).as("what the services expose").containsAll(named);
  }
}
