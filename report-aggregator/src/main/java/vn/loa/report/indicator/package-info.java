/**
 * Indicators (chỉ tiêu): reference data, each a formula over categories and a measure, seeded with
 * the rows of the appendix of the city's 2021–2025 report (seed 004); and the indicator table
 * (indicators × years, the current year to date) for any unit's subtree, as JSON, CSV or XLSX; and
 * plan against achievement: a plan's targets (chỉ tiêu) next to the indicator that measures each.
 */
package vn.loa.report.indicator;
