/** {@code GET /api/audit}: the audit trail of a unit's subtree, for the city administrator. */
package vn.loa.report.audit.web;
