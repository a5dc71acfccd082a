package vn.loa.support.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.testsupport.architecture.LoaArchitecture.bannedLibraries;
import static vn.loa.testsupport.architecture.LoaArchitecture.javaTimeOnly;
import static vn.loa.testsupport.architecture.LoaArchitecture.mainClasses;
import static vn.loa.testsupport.architecture.LoaArchitecture.platformFreeOfCycles;
import static vn.loa.testsupport.architecture.LoaArchitecture.platformFreeOfDomain;
import static vn.loa.testsupport.architecture.LoaArchitecture.timeFromTheClock;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The platform is mechanism only (ADR 0003): no cycle between its packages, no domain name, time
 * from the clock, no banned library. Violations older than a rule are frozen in {@code
 * src/test/resources/archunit_store}; a new one fails.
 */
class ArchitectureTest {

  static final JavaClasses CLASSES = mainClasses("vn.loa.support");

  @Test
  void its_packages_are_free_of_cycles() {
    platformFreeOfCycles().check(CLASSES);
  }

  @Test
  void it_is_free_of_domain_names() {
    platformFreeOfDomain().check(CLASSES);
  }

  @Test
  void today_comes_from_the_clock() {
    timeFromTheClock("vn.loa.support").check(CLASSES);
  }

  @Test
  void no_banned_library_is_used() {
    bannedLibraries("vn.loa.support").check(CLASSES);
  }

  @Test
  void dates_are_java_time() {
    javaTimeOnly("vn.loa.support").check(CLASSES);
  }

  /** Words of the services' domains, in the two languages of the shared bundle. */
  static final List<String> DOMAIN_WORDS =
      List.of(
          "kế hoạch",
          "báo cáo",
          "hoạt động",
          "nhiệm vụ",
          "tuyên truyền",
          "chỉ tiêu",
          "kỳ báo cáo",
          "plan",
          "report",
          "activity",
          "task",
          "category",
          "indicator",
          "window");

  @Test
  void its_message_bundle_names_no_thing_of_a_domain() throws IOException {
    for (String bundle : List.of("loa/problems.properties", "loa/problems_en.properties")) {
      Properties texts = new Properties();
      try (var in =
          new InputStreamReader(
              getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
        texts.load(in);
      }
      assertThat(texts.stringPropertyNames()).as(bundle).isNotEmpty();
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key).toLowerCase(Locale.ROOT);
        assertThat(DOMAIN_WORDS)
            .as("%s %s = %s: each service words its own things", bundle, key, text)
            .noneMatch(
                w ->
                    Pattern.compile("(?iu)(^|\\P{L})" + Pattern.quote(w) + "($|\\P{L})")
                        .matcher(text)
                        .find());
      }
    }
  }
}
