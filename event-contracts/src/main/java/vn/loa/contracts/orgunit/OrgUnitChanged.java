package vn.loa.contracts.orgunit;

import java.time.LocalDate;

/**
 * The full state of one organisation unit after a change (created, renamed, moved, merged,
 * retired).
 *
 * <p>Published on a compacted topic keyed by {@link #id()}: the latest record per unit is its
 * current state, so a new consumer rebuilds the whole tree by reading the topic from the start.
 *
 * @param id stable, opaque id
 * @param code administrative code (e.g. the commune code)
 * @param name Vietnamese name, e.g. {@code Ủy ban nhân dân xã Kim Thành}
 * @param type NATION, PROVINCE, DEPARTMENT, DISTRICT (until 30/6/2025), COMMUNE or UNIT (a string,
 *     so new types never break old consumers)
 * @param parentId the parent unit, {@code null} for a root
 * @param validFrom first day the unit exists
 * @param validTo last day the unit exists, {@code null} while it is in force
 * @param successorId the unit it was merged into, if any
 * @param version increases by one on every change
 */
public record OrgUnitChanged(
    String id,
    String code,
    String name,
    String type,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    String successorId,
    long version) {}
