/** HTTP interface of the hierarchy: {@code /api/org-units}. */
package vn.loa.plan.orgunit.web;
