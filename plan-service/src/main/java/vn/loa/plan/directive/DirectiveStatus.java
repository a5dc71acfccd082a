package vn.loa.plan.directive;

/** Where an addressee stands with a directive. */
public enum DirectiveStatus {
  /** Implementing plan issued by the deadline (or no deadline was set). */
  ISSUED,
  /** Implementing plan issued, after the deadline. */
  ISSUED_LATE,
  /** Not issued yet; the deadline has not passed. */
  PENDING,
  /** Not issued, and the deadline has passed. */
  OVERDUE,
  /** The directing plan was revoked before the addressee implemented it. */
  CLOSED;

  boolean implemented() {
    return this == ISSUED || this == ISSUED_LATE;
  }
}
