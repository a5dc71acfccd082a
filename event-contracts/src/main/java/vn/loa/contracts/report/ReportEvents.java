package vn.loa.contracts.report;

import vn.loa.contracts.EventType;
import vn.loa.contracts.Topic;

/** Topic and event types of periodic reports. */
public final class ReportEvents {

  public static final Topic REMINDERS =
      new Topic("loa.report-reminders", "report-aggregator", Topic.Cleanup.RETAIN, 3);

  /** A report is due soon, or today, and has not been submitted. */
  public static final EventType<ReportReminder> REMINDER_DUE =
      new EventType<>("loa.report.reminder-due", 1, REMINDERS, ReportReminder.class);

  private ReportEvents() {}
}
