/** Events of the activity categories (hình thức tuyên truyền), produced by task-service. */
package vn.loa.contracts.category;
