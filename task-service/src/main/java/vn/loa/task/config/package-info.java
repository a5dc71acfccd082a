/** Wiring of task-service to its topics and outbox collections. */
package vn.loa.task.config;
