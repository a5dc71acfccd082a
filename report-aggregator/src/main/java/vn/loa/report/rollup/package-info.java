/**
 * The exact roll-up (docs/adr/0004-rollup-engine.md). For every activity the latest contribution is
 * kept ({@code contributions}); every unit on its chain of ancestors holds, per year, the totals of
 * its subtree by category and half-month ({@code rollups}). A new version of an activity replaces
 * its old contribution; a record already applied, or older than what is known, changes nothing.
 */
package vn.loa.report.rollup;
