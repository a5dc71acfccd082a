package vn.loa.web.home;

import java.time.LocalDate;

/** A directive of the unit's inbox ({@code GET /api/directives}). */
public record Directive(
    String planId,
    String number,
    String title,
    String issuerId,
    LocalDate issuedOn,
    LocalDate implementationDeadline,
    String status,
    Fulfilment fulfilledBy) {

  /** The plan the unit issued to implement it. */
  public record Fulfilment(String planId, String number, String title, LocalDate issuedOn) {}
}
