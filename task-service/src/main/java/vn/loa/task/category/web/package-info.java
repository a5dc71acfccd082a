/** HTTP interface of the category list: {@code /api/categories}. */
package vn.loa.task.category.web;
