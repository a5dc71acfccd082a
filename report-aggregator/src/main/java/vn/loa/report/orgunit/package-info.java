/**
 * report-aggregator's copy of the hierarchy, from {@code loa.orgunit.changed}: stored, and held in
 * memory as the chain of ancestors every activity is rolled up along.
 */
package vn.loa.report.orgunit;
