/**
 * Activities (hoạt động tuyên truyền): the facts that are counted. Recorded once by the unit that
 * carried them out, corrected as new versions, withdrawn; every change publishes the activity's
 * full state ({@code loa.activity.recorded|corrected|withdrawn}) through the outbox.
 */
package vn.loa.task.activity;
