package vn.loa.web.home;

import java.time.LocalDate;

/** A periodic report of the unit ({@code GET /api/reports?unit=}). */
public record ReportDuty(
    String id,
    String unitId,
    String window,
    LocalDate from,
    LocalDate to,
    LocalDate deadline,
    String status,
    String returnComment) {

  /** Still owed: never sent, or sent back to be corrected. */
  public boolean owed() {
    return "DRAFT".equals(status) || "RETURNED".equals(status);
  }
}
