/** Events of tasks (nhiệm vụ), produced by task-service. */
package vn.loa.contracts.task;
