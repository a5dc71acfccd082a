/**
 * Live figures: {@code GET /api/statistics/stream}, a Server-Sent Events feed per unit of the
 * activities just rolled up into its figures, which the web application's pages and the freshness
 * benchmark listen to instead of polling (ADR 0018).
 */
package vn.loa.report.live.web;
