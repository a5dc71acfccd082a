/**
 * task-service's copy of the organisation hierarchy, kept from plan-service's {@code
 * loa.orgunit.changed} events: which units exist, and when.
 */
package vn.loa.task.orgunit;
