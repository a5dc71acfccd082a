/** Events of periodic reports, produced by report-aggregator. */
package vn.loa.contracts.report;
