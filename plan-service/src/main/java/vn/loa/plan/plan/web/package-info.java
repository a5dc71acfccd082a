/** HTTP interface of plans: {@code /api/plans}. */
package vn.loa.plan.plan.web;
