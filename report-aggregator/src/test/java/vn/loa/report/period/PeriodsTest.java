package vn.loa.report.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

  @ParameterizedTest(name = "{0} = {1}..{2}")
  @CsvSource({
    "2025, 2025-01-01, 2025-12-31",
    "2025S1, 2025-01-01, 2025-06-30",
    "2025S2, 2025-07-01, 2025-12-31",
    "2025Q1, 2025-01-01, 2025-03-31",
    "2025Q3, 2025-07-01, 2025-09-30",
    "2024M02, 2024-02-01, 2024-02-29",
    "2025M07, 2025-07-01, 2025-07-31",
    "2025YTD, 2025-01-01, 2025-12-31",
  })
  void calendar_periods(String code, LocalDate from, LocalDate to) {
    Span span = Periods.calendar(code).orElseThrow();
    assertThat(span.from()).isEqualTo(from);
    assertThat(span.to()).isEqualTo(to);
    assertThat(span.kind()).isEqualTo(Span.Kind.CALENDAR);
  }

  /** Decree 09/2019/NĐ-CP: data is cut off on the 14th (docs/domain.md, "Reporting duties"). */
  @ParameterizedTest(name = "window {0} = {1}..{2}")
  @CsvSource({
    "2025Q3, 2025-06-15, 2025-09-14",
    "2025Q1, 2024-12-15, 2025-03-14",
    "2025M07, 2025-06-15, 2025-07-14",
    "2025M01, 2024-12-15, 2025-01-14",
    "2025S1, 2024-12-15, 2025-06-14",
    "2025S2, 2025-06-15, 2025-12-14",
    "2025N9, 2024-12-15, 2025-09-14",
    "2025, 2024-12-15, 2025-12-14",
  })
  void reporting_windows(String code, LocalDate from, LocalDate to) {
    Span span = Periods.window(code).orElseThrow();
    assertThat(span.from()).isEqualTo(from);
    assertThat(span.to()).isEqualTo(to);
    assertThat(span.kind()).isEqualTo(Span.Kind.WINDOW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "25",
        "2025Q5",
        "2025M13",
        "2025M7",
        "2025S3",
        "2025q3",
        "1999",
        "2025YTDX",
        " 2025"
      })
  void malformed_codes_are_neither(String code) {
    assertThat(Periods.calendar(code)).isEmpty();
    assertThat(Periods.window(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025N9"})
  void nine_months_is_only_a_window(String code) {
    assertThat(Periods.calendar(code)).isEmpty();
    assertThat(Periods.window(code)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025YTD"})
  void year_to_date_is_only_a_calendar_period(String code) {
    assertThat(Periods.window(code)).isEmpty();
  }

  @ParameterizedTest(name = "{0} has {1} half-months")
  @CsvSource({"2025, 24", "2025Q3, 6", "2025M07, 2"})
  void calendar_spans_are_whole_half_months(String code, int halves) {
    Span span = Periods.calendar(code).orElseThrow();
    assertThat(span.halfMonths()).hasSize(halves);
    assertThat(span.halfMonths().getFirst().firstDay()).isEqualTo(span.from());
    assertThat(span.halfMonths().getLast().lastDay()).isEqualTo(span.to());
  }

  @ParameterizedTest(name = "window {0} spans years {1}")
  @CsvSource({"2025, 2", "2025Q1, 2", "2025Q3, 1"})
  void a_window_starting_in_december_touches_the_previous_year(String code, int years) {
    Span span = Periods.window(code).orElseThrow();
    assertThat(span.years()).hasSize(years);
    assertThat(span.halfMonths().getFirst().firstDay()).isEqualTo(span.from());
    assertThat(span.halfMonths().getLast().lastDay()).isEqualTo(span.to());
  }

  @ParameterizedTest(name = "{0} falls in {1}")
  @CsvSource({"2025-07-14, m07a", "2025-07-15, m07b", "2025-02-28, m02b", "2025-01-01, m01a"})
  void a_day_falls_in_one_half_month(LocalDate day, String key) {
    assertThat(HalfMonth.of(day).key()).isEqualTo(key);
    assertThat(HalfMonth.parse(day.getYear(), key)).isEqualTo(HalfMonth.of(day));
  }
}
