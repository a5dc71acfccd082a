package vn.loa.web.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicator table of a unit's subtree, indicators by year ({@code GET
 * /api/statistics/indicators}): the appendix of the city's yearly report (seed 004).
 */
public record IndicatorTable(
    String unitId,
    String unitName,
    int from,
    int to,
    LocalDate asOf,
    String title,
    List<Column> columns,
    List<Row> rows) {

  /** A year: its first and last day counted, and whether it is still running. */
  public record Column(int year, String label, LocalDate from, LocalDate to, boolean toDate) {}

  /** An indicator and one value per year: a number, or a text for a descriptive indicator. */
  public record Row(String code, String name, String kind, List<Object> values) {

    /** The values as the page shows them: numbers right-aligned and grouped, texts as written. */
    public List<Cell> cells() {
      return values.stream().map(v -> new Cell(v, v instanceof Number)).toList();
    }
  }

  /** One value of a row, and whether it is a number. */
  public record Cell(Object value, boolean number) {}
}
