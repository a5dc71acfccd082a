/** Wiring of report-aggregator to the topics it reads. */
package vn.loa.report.config;
