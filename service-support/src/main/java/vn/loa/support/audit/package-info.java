/**
 * Who changed what, when: audit entries kept inside the aggregate they describe, written in the
 * same write.
 */
package vn.loa.support.audit;
