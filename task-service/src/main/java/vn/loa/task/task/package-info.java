/**
 * Tasks (nhiệm vụ): one per unit and role of an issued plan's assignments, one per period for
 * recurring duties; kept in step with amendments and revocations; progress marked by the unit;
 * every change published as {@code loa.task.changed} and kept in the task's audit trail.
 */
package vn.loa.task.task;
