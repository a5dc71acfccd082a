package vn.loa.report.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.loa.report.period.Span;

/**
 * The windows a regime wants (docs/domain.md, "Reporting duties"): those whose cut-off falls inside
 * the coverage, with the quarter-II and quarter-IV reports folded into the 6-month and yearly ones
 * where the regime says so.
 */
class ReportingWindowsTest {

  static Regime regime(String from, String to, boolean folded, String... kinds) {
    return new Regime(
        "p",
        "u",
        "ISSUED",
        LocalDate.parse(from),
        LocalDate.parse(to),
        List.of(kinds),
        "BEFORE_DAY_OF_LAST_MONTH",
        20,
        null,
        "trước ngày 20 tháng cuối của quý",
        1,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        folded);
  }

  static List<String> codes(Regime regime) {
    return Obligations.windows(regime).stream().map(Span::code).toList();
  }

  @Test
  void
      a_plan_for_the_second_half_of_2025_owes_the_third_quarter_and_the_year_and_nothing_in_2026() {
    // 58/KH-NV: "định kỳ hằng quý, 6 tháng và năm", coverage 1/7–31/12/2025.
    assertThat(
            codes(regime("2025-07-01", "2025-12-31", true, "QUARTERLY", "HALF_YEARLY", "YEARLY")))
        .containsExactly("2025Q3", "2025");
  }

  @Test
  void without_folding_each_window_whose_cut_off_is_covered_is_owed_once() {
    assertThat(
            codes(regime("2025-07-01", "2025-12-31", false, "QUARTERLY", "HALF_YEARLY", "YEARLY")))
        .containsExactly("2025Q3", "2025Q4", "2025S2", "2025");
  }

  @Test
  void a_window_that_only_overlaps_the_coverage_is_not_owed() {
    // Q1/2026 runs 15/12/2025–14/3/2026: a plan ending on 13/3 overlaps it but misses its cut-off;
    // one starting on 14/9 covers only the cut-off of Q3/2025, and that is enough.
    assertThat(codes(regime("2025-09-15", "2026-03-13", false, "QUARTERLY")))
        .containsExactly("2025Q4");
    assertThat(codes(regime("2025-09-14", "2026-03-14", false, "QUARTERLY")))
        .containsExactly("2025Q3", "2025Q4", "2026Q1");
  }

  @Test
  void a_whole_year_folded_owes_q1_the_6_month_report_q3_and_the_year() {
    assertThat(
            codes(regime("2026-01-01", "2026-12-31", true, "QUARTERLY", "HALF_YEARLY", "YEARLY")))
        .containsExactly("2026Q1", "2026S1", "2026Q3", "2026");
  }
}
