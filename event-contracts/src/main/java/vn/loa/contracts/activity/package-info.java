/** Events of activities (the counted facts), produced by task-service. */
package vn.loa.contracts.activity;
