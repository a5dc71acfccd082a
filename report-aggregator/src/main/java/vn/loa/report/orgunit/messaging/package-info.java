/** Consumes {@code loa.orgunit.changed} into the aggregator's hierarchy. */
package vn.loa.report.orgunit.messaging;
