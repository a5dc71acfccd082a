package vn.loa.contracts.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A plan as issued, amended or revoked: its full content and where it stands.
 *
 * @param id plan id (also the Kafka key)
 * @param revision 1 for the plan as first issued, +1 per amendment; an issued revision never
 *     changes
 * @param status {@code ISSUED} or {@code REVOKED}
 * @param content the content of this revision
 * @param changedAt when this revision was issued, or the plan revoked
 * @param revokedOn the day it was revoked, if it was
 * @param version aggregate version (grows on every change, drafts included)
 */
public record PlanSnapshot(
    String id,
    int revision,
    String status,
    PlanContent content,
    Instant changedAt,
    LocalDate revokedOn,
    long version) {}
