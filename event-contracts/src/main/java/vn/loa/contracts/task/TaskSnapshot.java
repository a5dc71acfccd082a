package vn.loa.contracts.task;

import java.time.LocalDate;
import java.util.List;

/**
 * The full state of one task after a change.
 *
 * @param id task id (also the Kafka key)
 * @param planId the plan whose assignment created it
 * @param planRevision the plan revision it reflects
 * @param unitId the unit that carries it out
 * @param role {@code LEAD} or {@code COOPERATING}
 * @param title what it is about
 * @param duties the duties as the plan words them
 * @param occurrence for a recurring duty, the period it is due for (e.g. {@code 2025Q3}); else
 *     {@code null}
 * @param dueOn due date, {@code null} when the plan gives none
 * @param status {@code NOT_STARTED}, {@code IN_PROGRESS}, {@code DONE} or {@code CANCELLED}
 * @param completedOn when it was marked done
 * @param version 1 when created, +1 on every change
 */
public record TaskSnapshot(
    String id,
    String planId,
    int planRevision,
    String unitId,
    String role,
    String title,
    List<String> duties,
    String occurrence,
    LocalDate dueOn,
    String status,
    LocalDate completedOn,
    long version) {}
