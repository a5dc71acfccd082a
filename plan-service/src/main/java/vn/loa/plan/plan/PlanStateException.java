package vn.loa.plan.plan;

/**
 * A step the plan's status does not allow: editing or issuing what is not a draft ({@code
 * plan-not-draft}), amending or revoking what is not issued ({@code plan-not-issued}) or was
 * revoked ({@code plan-revoked}). A domain refusal; the web layer answers it as a {@code 409}.
 */
public final class PlanStateException extends RuntimeException {

  private final String kind;
  private final String planId;
  private final PlanStatus status;

  PlanStateException(String kind, String planId, PlanStatus status) {
    super(kind + ": plan " + planId + " is " + status);
    this.kind = kind;
    this.planId = planId;
    this.status = status;
  }

  /** Why: {@code plan-not-draft}, {@code plan-not-issued} or {@code plan-revoked}. */
  public String kind() {
    return kind;
  }

  public String planId() {
    return planId;
  }

  public PlanStatus status() {
    return status;
  }
}
