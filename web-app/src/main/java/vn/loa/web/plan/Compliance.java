package vn.loa.web.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which addressees of a plan have issued their implementing plans and who is late ({@code GET
 * /api/plans/{id}/compliance}), each with the same one level down.
 */
public record Compliance(
    String planId,
    String number,
    String title,
    String issuerId,
    String planStatus,
    LocalDate implementationDeadline,
    LocalDate asOf,
    Summary summary,
    List<UnitCompliance> units) {

  /** The order a follow-up reads them in: overdue first, then not yet, late, on time, closed. */
  private static final List<String> URGENCY =
      List.of("OVERDUE", "PENDING", "ISSUED_LATE", "ISSUED", "CLOSED");

  /** Counts of the addressees by where they stand. */
  public record Summary(
      int addressees,
      int issued,
      int issuedOnTime,
      int issuedLate,
      int pending,
      int overdue,
      int closed) {}

  /** The plan an addressee issued to implement it. */
  public record Fulfilment(String planId, String number, String title, LocalDate issuedOn) {}

  /** One addressee, and how its own addressees stand with its plan. */
  public record UnitCompliance(
      String unitId,
      String name,
      String type,
      String status,
      Fulfilment fulfilledBy,
      Summary implementation) {}

  /** The addressees, the most urgent first, by name within each. */
  public List<UnitCompliance> byUrgency() {
    return units.stream()
        .sorted(
            Comparator.comparingInt((UnitCompliance u) -> urgency(u.status()))
                .thenComparing(
                    UnitCompliance::name, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static int urgency(String status) {
    int i = URGENCY.indexOf(status);
    return i < 0 ? URGENCY.size() : i;
  }
}
