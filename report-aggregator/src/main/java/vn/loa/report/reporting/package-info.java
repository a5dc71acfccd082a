/**
 * Periodic reports (báo cáo định kỳ): which unit must report for which Decree-09 window (from the
 * reporting regime of its issued plans), the deadline of each, the report drafted from the unit's
 * figures with its narrative, its submission to the parent and the parent's approval or return,
 * completeness and timeliness per parent and window, and deadline reminders.
 */
package vn.loa.report.reporting;
