package vn.loa.report.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.contracts.report.ReportReminder;
import vn.loa.support.calendar.Reminding;

/**
 * Publishes deadline reminders for reports not yet submitted ({@code loa.reminders.days-before}
 * working days before the last on-time working day, and on it; never on a day off). Each reminder's
 * id is unit, window and kind, sent once only ({@link Reminding}): a second run — or a second
 * instance — sends nothing again.
 */
@Component
public class Reminders {

  private final Obligations obligations;
  private final Reports reports;
  private final Reminding reminding;
  private final Clock clock;

  Reminders(Obligations obligations, Reports reports, Reminding reminding, Clock clock) {
    this.obligations = obligations;
    this.reports = reports;
    this.reminding = reminding;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${loa.reminders.initial-delay:60s}",
      fixedDelayString = "${loa.reminders.interval:1h}")
  void scheduled() {
    sendDue(LocalDate.now(clock));
  }

  /** Sends the reminders due on {@code today}; returns how many were new. */
  public int sendDue(LocalDate today) {
    return reminding.sendDue(
        today,
        "report",
        obligations.all(),
        Obligations.Obligation::deadline,
        (o, kind) -> {
          if (reports.submitted(o)) {
            return null;
          }
          String id = o.unitId() + "|" + o.window().code() + "|" + kind;
          return new Reminding.Reminder<>(
              id,
              ReportEvents.REMINDER_DUE,
              new ReportReminder(
                  id,
                  o.unitId(),
                  o.parentId(),
                  o.window().code(),
                  o.deadline(),
                  kind.name(),
                  1,
                  o.receiverIds()));
        });
  }
}
