/** Consumes {@code loa.orgunit.changed} into task-service's copy of the hierarchy. */
package vn.loa.task.orgunit.messaging;
