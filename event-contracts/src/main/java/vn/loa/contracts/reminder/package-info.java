/** The payload shared by the deadline reminders of tasks and directives. */
package vn.loa.contracts.reminder;
