package vn.loa.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodChoicesTest {

  @Test
  void the_period_before_is_of_the_same_length_across_a_new_year() {
    assertThat(PeriodChoices.previous("2026Q1")).contains("2025Q4");
    assertThat(PeriodChoices.previous("2026Q3")).contains("2026Q2");
    assertThat(PeriodChoices.previous("2026S1")).contains("2025S2");
    assertThat(PeriodChoices.previous("2026S2")).contains("2026S1");
    assertThat(PeriodChoices.previous("2026M01")).contains("2025M12");
    assertThat(PeriodChoices.previous("2026M10")).contains("2026M09");
    assertThat(PeriodChoices.previous("2026")).contains("2025");
    assertThat(PeriodChoices.previous("2026S3")).isEmpty();
    assertThat(PeriodChoices.previous("2026Q5")).isEmpty();
    assertThat(PeriodChoices.previous("quý 3")).isEmpty();
  }

  @Test
  void reports_are_owed_for_years_halves_and_quarters_not_months() {
    assertThat(PeriodChoices.reportingWindow("2026Q3")).isTrue();
    assertThat(PeriodChoices.reportingWindow("2026S1")).isTrue();
    assertThat(PeriodChoices.reportingWindow("2026")).isTrue();
    assertThat(PeriodChoices.reportingWindow("2026M09")).isFalse();
    assertThat(PeriodChoices.reportingWindow("2026S3")).isFalse();
  }

  @Test
  void the_choices_are_the_periods_begun_by_today_newest_first() {
    assertThat(PeriodChoices.choices(LocalDate.of(2026, 5, 3)))
        .startsWith("2026Q2", "2026Q1", "2026S1", "2026", "2025Q4")
        .doesNotContain("2026Q3", "2026S2", "2026M06")
        .endsWith("2026M05", "2026M04", "2026M03", "2026M02", "2026M01");
  }
}
