/**
 * task-service records what units actually did ({@code activity}), classified by the reference list
 * of communication forms ({@code category}), for units it knows from plan-service's events ({@code
 * orgunit}); every change of an activity is published with its full state.
 */
package vn.loa.task;
