/**
 * The communication forms (hình thức tuyên truyền) activities are counted by: reference data,
 * seeded with the categories of docs/domain.md, not an enum frozen in code.
 */
package vn.loa.task.category;
