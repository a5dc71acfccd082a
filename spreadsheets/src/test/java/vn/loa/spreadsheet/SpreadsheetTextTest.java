package vn.loa.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void what_a_spreadsheet_would_run_is_recognised_and_ordinary_vietnamese_text_is_not() {
    for (String formula :
        new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)", "-A1", "\tx", "\rx"}) {
      assertThat(SpreadsheetText.looksLikeFormula(formula)).as(formula).isTrue();
    }
    for (String text :
        new String[] {"Phát thanh CCHC", "- Phát thanh", "-5 lượt", "1.000", "", "Tin (=) bài"}) {
      assertThat(SpreadsheetText.looksLikeFormula(text)).as(text).isFalse();
    }
  }

  @Test
  void a_neutralised_cell_reads_the_same_but_cannot_run() {
    assertThat(SpreadsheetText.neutralize("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SpreadsheetText.neutralize("-1+2")).isEqualTo("'-1+2");
    assertThat(SpreadsheetText.neutralize("Phát thanh")).isEqualTo("Phát thanh");
  }

  @Test
  void control_characters_and_broken_surrogates_are_not_text() {
    for (String bad :
        new String[] {
          "a\u0000b", "chuông\u0007", "\u007F", "\u0085", "\uFFFE", "\uD83D", "x\uDE00"
        }) {
      assertThat(SpreadsheetText.hasControlCharacters(bad)).as(bad).isTrue();
    }
    for (String good :
        new String[] {"Dòng 1\nDòng 2\r\n\tthụt lề", "Đài truyền thanh 📻", "Hải Phòng"}) {
      assertThat(SpreadsheetText.hasControlCharacters(good)).as(good).isFalse();
    }
  }
}
