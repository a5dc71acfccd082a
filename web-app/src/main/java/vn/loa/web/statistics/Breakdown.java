package vn.loa.web.statistics;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's figures broken down by child unit, category or month ({@code GET
 * /api/statistics/breakdown}).
 */
public record Breakdown(
    String unitId, String period, String by, List<Row> rows, OffsetDateTime asOf) {

  /** One child unit, category or month. */
  public record Row(String key, String label, long quantity, long participants, long activities) {}

  /** The largest quantity of a row (at least 1): the full length of the bars. */
  public long most() {
    return Math.max(1, rows.stream().mapToLong(Row::quantity).max().orElse(0));
  }

  /** The sum of the rows' quantities. */
  public long quantity() {
    return rows.stream().mapToLong(Row::quantity).sum();
  }

  public long activities() {
    return rows.stream().mapToLong(Row::activities).sum();
  }

  public long participants() {
    return rows.stream().mapToLong(Row::participants).sum();
  }
}
