package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The automated accessibility check of a page as the browser shows it: axe-core's WCAG 2.1 A and AA
 * rules run in the page, and no violation of impact "serious" or "critical" is allowed (the issue's
 * bar). A failure names each rule, its help text and the elements.
 */
final class Accessibility {

  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static String script;

  private Accessibility() {}

  static void check(WebDriver browser, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe());
    Object result =
        js.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(JSON.stringify(r.violations)))
              .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
            """);
    JsonNode violations = JSON.readTree(String.valueOf(result));
    List<String> serious = new ArrayList<>();
    for (JsonNode v : violations) {
      String impact = v.path("impact").asString();
      if (impact.equals("serious") || impact.equals("critical")) {
        List<String> targets = new ArrayList<>();
        v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
        serious.add(
            v.path("id").asString()
                + " ("
                + impact
                + "): "
                + v.path("help").asString()
                + " "
                + targets);
      }
    }
    assertThat(serious).as("serious accessibility violations on " + page).isEmpty();
  }

  private static synchronized String axe() {
    if (script == null) {
      try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE)) {
        if (in == null) {
          throw new IllegalStateException("axe-core is not on the test class path: " + AXE);
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }
}
