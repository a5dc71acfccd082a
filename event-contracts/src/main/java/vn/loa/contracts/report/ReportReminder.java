package vn.loa.contracts.report;

import java.time.LocalDate;

/**
 * A unit has not submitted a periodic report whose deadline is near or today.
 *
 * @param id reminder id: unit, window and kind (so a consumer sending messages can deduplicate)
 * @param unitId the unit that must report
 * @param parentId the first unit the report goes to (kept for consumers of before 2026-12)
 * @param window the Decree-09 reporting window, e.g. {@code 2025Q3}
 * @param deadline the day the report is due
 * @param kind {@code BEFORE_DEADLINE} (N days before) or {@code ON_DEADLINE}
 * @param version always 1: a reminder is never changed
 * @param receiverIds every unit the report goes to (since 2026-12; absent before)
 */
public record ReportReminder(
    String id,
    String unitId,
    String parentId,
    String window,
    LocalDate deadline,
    String kind,
    long version,
    java.util.List<String> receiverIds) {

  public ReportReminder {
    receiverIds = receiverIds == null ? java.util.List.of() : java.util.List.copyOf(receiverIds);
  }
}
