/** HTTP interface of tasks: {@code /api/tasks}. */
package vn.loa.task.task.web;
