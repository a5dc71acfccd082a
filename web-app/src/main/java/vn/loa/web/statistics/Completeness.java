package vn.loa.web.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How many of the reports owed to a unit for a window were sent, on time or late ({@code GET
 * /api/reports/completeness}).
 */
public record Completeness(
    String parentId,
    String window,
    int expected,
    int submitted,
    int onTime,
    int late,
    int missing,
    List<Standing> units) {

  /** One unit that owes the report: where its report stands. */
  public record Standing(
      String unitId,
      String unitName,
      String status,
      LocalDate deadline,
      Instant submittedAt,
      Boolean onTime) {}
}
