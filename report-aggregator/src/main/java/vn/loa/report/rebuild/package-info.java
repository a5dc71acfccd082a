/**
 * Rebuilding the read models from the retained topics: the roll-ups, the contributions and the copy
 * of the hierarchy are dropped and every event is consumed again from the first offset.
 */
package vn.loa.report.rebuild;
