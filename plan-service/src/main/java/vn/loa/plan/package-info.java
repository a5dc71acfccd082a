/**
 * plan-service owns the organisation hierarchy ({@code orgunit}) and publishes it on the compacted
 * org-unit topic; plans and the directive cascade build on it.
 */
package vn.loa.plan;
