/** Consumes the activity topic in batches into the roll-ups. */
package vn.loa.report.rollup.messaging;
