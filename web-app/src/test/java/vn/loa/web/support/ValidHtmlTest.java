package vn.loa.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML check every page test relies on finds what a browser forgives and a reader suffers. */
class ValidHtmlTest {

  private static final String HEAD =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Loa</title></head>";

  @Test
  void a_valid_page_has_no_errors() {
    assertThat(ValidHtml.errors(HEAD + "<body><main><h1>Việc cần làm</h1></main></body></html>"))
        .isEmpty();
  }

  @Test
  void duplicate_ids_misplaced_elements_and_labels_for_nothing_are_errors() {
    assertThat(
            ValidHtml.errors(
                HEAD
                    + "<body><p id=\"a\">1</p><div id=\"a\"><li>2</li></div>"
                    + "<label for=\"none\">3</label></body></html>"))
        .anySatisfy(e -> assertThat(e).contains("Duplicate ID"))
        .anySatisfy(e -> assertThat(e).contains("“li” not allowed"))
        .anySatisfy(e -> assertThat(e).contains("“for” attribute"));
  }
}
