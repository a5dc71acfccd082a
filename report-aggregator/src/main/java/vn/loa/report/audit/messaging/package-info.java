/**
 * Bindings {@code auditFromPlans-in-0}, {@code auditFromTasks-in-0} and {@code
 * auditFromReports-in-0}: the audit topics.
 */
package vn.loa.report.audit.messaging;
