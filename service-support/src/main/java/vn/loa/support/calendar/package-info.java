/**
 * Wiring of the working calendar (module {@code working-calendar}) for the services that count
 * working days.
 */
package vn.loa.support.calendar;
