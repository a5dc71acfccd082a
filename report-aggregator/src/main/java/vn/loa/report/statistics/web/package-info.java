/** HTTP interface of statistics: {@code /api/statistics/...}. */
package vn.loa.report.statistics.web;
