package vn.loa.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of the indicator table opens in a spreadsheet without running anything it holds. */
class IndicatorExportsTest {

  @Test
  void a_text_cell_that_a_spreadsheet_would_run_is_written_neutralised_and_numbers_stay_numbers() {
    var year =
        new IndicatorTable.Column(
            2024, "Năm 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false);
    var table =
        new IndicatorTable.Table(
            "hp",
            "Thành phố Hải Phòng",
            2024,
            2024,
            LocalDate.of(2024, 12, 31),
            "Kết quả",
            List.of(year),
            List.of(
                new IndicatorTable.Row(
                    "1.1", "=HYPERLINK(\"http://x\",\"Bấm vào\")", "SUM", List.of(2_500L)),
                new IndicatorTable.Row(
                    "1.5", "Các hình thức khác", "TEXT", List.of("@mạng xã hội"))));

    String csv = new String(IndicatorExports.csv(table), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFF");
    assertThat(csv).contains("\"1.1\",\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm vào\"\")\",\"2500\"");
    assertThat(csv).contains("\"'@mạng xã hội\"");
    assertThat(
            csv.lines()
                .map(l -> l.split(",")[1])
                .filter(cell -> cell.startsWith("\"=") || cell.startsWith("\"@")))
        .isEmpty();
  }
}
