/** HTTP interface of imports: {@code /api/activities/imports}. */
package vn.loa.task.activity.importing.web;
