/**
 * The working calendar of Vietnam's public service and the reminder days it implies: which days are
 * worked ({@link vn.loa.calendar.WorkingDays}) and on which of them a deadline's reminder goes out
 * ({@link vn.loa.calendar.ReminderDays}). JDK only.
 */
package vn.loa.calendar;
