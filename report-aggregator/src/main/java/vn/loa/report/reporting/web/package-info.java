/** HTTP interface of periodic reports: {@code /api/reports}. */
package vn.loa.report.reporting.web;
