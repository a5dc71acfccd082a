package vn.loa.contracts.plan;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;
import vn.loa.contracts.reminder.DeadlineReminder;

/**
 * Topic and event types of plans. Drafts are not published: only issued revisions and revocations.
 */
public final class PlanEvents {

  public static final Topic TOPIC =
      new Topic("loa.plans", "plan-service", Topic.Cleanup.COMPACT, 3);

  /** A plan was issued (revision 1). */
  public static final EventType<PlanSnapshot> ISSUED =
      new EventType<>("loa.plan.issued", 1, TOPIC, PlanSnapshot.class);

  /** A plan was amended: a new immutable revision replaces the previous one. */
  public static final EventType<PlanSnapshot> AMENDED =
      new EventType<>("loa.plan.amended", 1, TOPIC, PlanSnapshot.class);

  /** A plan was revoked: its directives close, its tasks are cancelled. */
  public static final EventType<PlanSnapshot> REVOKED =
      new EventType<>("loa.plan.revoked", 1, TOPIC, PlanSnapshot.class);

  /**
   * Reminders that an addressee has not yet issued its plan implementing a directive, and the
   * deadline is near.
   */
  public static final Topic DIRECTIVE_REMINDERS =
      new Topic("loa.directive-reminders", "plan-service", Topic.Cleanup.RETAIN, 3);

  /**
   * An addressee's implementing plan is due in a few working days, or on its last working day, and
   * not issued.
   */
  public static final EventType<DeadlineReminder> DIRECTIVE_REMINDER_DUE =
      new EventType<>("loa.directive.reminder-due", 1, DIRECTIVE_REMINDERS, DeadlineReminder.class);

  private PlanEvents() {}
}
