/** HTTP interface of activities: {@code /api/activities}. */
package vn.loa.task.activity.web;
