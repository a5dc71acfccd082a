/** Consumes {@code loa.plan.*} into the reporting regimes. */
package vn.loa.report.reporting.messaging;
