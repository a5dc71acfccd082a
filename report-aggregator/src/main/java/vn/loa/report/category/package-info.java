/**
 * The activity categories (hình thức tuyên truyền) as task-service announces them: what the
 * documents call each category code.
 */
package vn.loa.report.category;
