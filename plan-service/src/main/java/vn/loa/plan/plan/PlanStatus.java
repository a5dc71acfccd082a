package vn.loa.plan.plan;

/** Where a plan stands. */
public enum PlanStatus {
  /** Being written by its issuer; invisible to others, editable. */
  DRAFT,
  /** In force; its current revision never changes (an amendment adds a revision). */
  ISSUED,
  /** No longer in force; its open directives are closed. */
  REVOKED
}
