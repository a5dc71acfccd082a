package vn.loa.web.home;

import java.time.LocalDate;

/** A task as {@code GET /api/tasks} lists it, with what the to-do page shows. */
public record Task(
    String id,
    String planId,
    String unitId,
    String role,
    String title,
    LocalDate dueOn,
    String status,
    String timeliness) {

  /** Still to be done: not finished, not cancelled. */
  public boolean open() {
    return "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status);
  }
}
