/**
 * HTTP interface of indicators: {@code /api/indicators} and the table at {@code
 * /api/statistics/indicators}.
 */
package vn.loa.report.indicator.web;
