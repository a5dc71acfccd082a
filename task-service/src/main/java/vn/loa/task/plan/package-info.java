/**
 * task-service's copy of the issued plans, from {@code loa.plan.*}: what tasks each plan assigns,
 * and the coverage an activity linked to a plan must fall in.
 */
package vn.loa.task.plan;
