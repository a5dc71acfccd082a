/**
 * The central audit trail: every change of every activity, task and report, from the services'
 * audit topics, kept append-only and queried by the city administrator.
 */
package vn.loa.report.audit;
