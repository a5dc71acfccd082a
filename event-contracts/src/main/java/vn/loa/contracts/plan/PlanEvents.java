package vn.loa.contracts.plan;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Topic and event types of plans. Drafts are not published: only issued revisions and revocations. */
public final class PlanEvents {

  public static final Topic TOPIC = new Topic("loa.plans", "plan-service", Topic.Cleanup.COMPACT, 3);

  /** A plan was issued (revision 1). */
  public static final EventType<PlanSnapshot> ISSUED = new EventType<>("loa.plan.issued", 1, TOPIC, PlanSnapshot.class);

  /** A plan was amended: a new immutable revision replaces the previous one. */
  public static final EventType<PlanSnapshot> AMENDED = new EventType<>("loa.plan.amended", 1, TOPIC, PlanSnapshot.class);

  /** A plan was revoked: its directives close, its tasks are cancelled. */
  public static final EventType<PlanSnapshot> REVOKED = new EventType<>("loa.plan.revoked", 1, TOPIC, PlanSnapshot.class);

  private PlanEvents() {}
}
