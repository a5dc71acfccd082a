package vn.loa.web.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A unit's totals for a period ({@code GET /api/statistics/totals}). */
public record Totals(
    String unitId,
    String period,
    LocalDate from,
    LocalDate to,
    Map<String, Figures> byCategory,
    Figures total,
    OffsetDateTime asOf) {

  /** Quantity, participants and number of activities. */
  public record Figures(long quantity, long participants, long activities) {}
}
