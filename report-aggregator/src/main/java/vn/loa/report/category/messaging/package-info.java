/** The consumer of {@code loa.categories}. */
package vn.loa.report.category.messaging;
