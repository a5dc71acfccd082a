/**
 * HTTP interface of directives and compliance: {@code /api/directives}, {@code
 * /api/plans/{id}/compliance}.
 */
package vn.loa.plan.directive.web;
