/**
 * Operator interface of the rebuild: {@code /admin/rebuild} on the aggregator's own port (not
 * routed by the gateway).
 */
package vn.loa.report.rebuild.web;
