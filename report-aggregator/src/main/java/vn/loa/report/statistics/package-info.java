/**
 * Live statistics from the roll-ups: totals of a unit's subtree for a period or window, by
 * category.
 */
package vn.loa.report.statistics;
