/** Consumes {@code loa.plan.*} into plans and their tasks. */
package vn.loa.task.plan.messaging;
