package vn.loa.report.statistics;

import java.time.Instant;
import java.util.SortedMap;
import vn.loa.report.period.Span;

/**
 * A unit's subtree totals over a span.
 *
 * @param byCategory figures per category code (categories with nothing are left out)
 * @param total the sum over categories
 * @param lastChangeAt when the last change included was applied, {@code null} if none
 */
public record Totals(
    String unitId,
    Span span,
    SortedMap<String, Figures> byCategory,
    Figures total,
    Instant lastChangeAt) {}
