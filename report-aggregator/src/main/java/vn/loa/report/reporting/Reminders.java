package vn.loa.report.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.loa.contracts.report.ReportEvents;
import vn.loa.contracts.report.ReportReminder;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.ProblemException;

/**
 * Publishes deadline reminders for reports not yet submitted: once when the last on-time day is
 * {@code loa.reports.remind-days-before} working days away (or nearer), once on that day — or, when it is
 * no working day, on the last working day before it; never on a day off. Each reminder is a
 * document whose id is unit, window and kind, written with its event: a second run — or a second
 * instance — finds it there and sends nothing again.
 */
@Component
public class Reminders {

  private final Obligations obligations;
  private final Reports reports;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final MongoTemplate mongo;
  private final Clock clock;
  private final int daysBefore;
  private final WorkingDays workingDays;
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  Reminders(
      Obligations obligations,
      Reports reports,
      Aggregates aggregates,
      OutboxEvents events,
      MongoTemplate mongo,
      Clock clock,
      WorkingDays workingDays,
      @Value("${loa.reports.remind-days-before:3}") int daysBefore) {
    this.workingDays = workingDays;
    this.obligations = obligations;
    this.reports = reports;
    this.aggregates = aggregates;
    this.events = events;
    this.mongo = mongo;
    this.clock = clock;
    this.daysBefore = daysBefore;
  }

  /** A reminder sent, with its event until the relay has published it. */
  @Document("reminders")
  public record Sent(@Id String id, long version, List<PendingEvent> outbox) implements OutboxAggregate {}

  @Scheduled(initialDelayString = "${loa.reports.reminder-initial-delay:60s}", fixedDelayString = "${loa.reports.reminder-interval:1h}")
  void scheduled() {
    sendDue(LocalDate.now(clock));
  }

  /**
   * Sends the reminders due on {@code today}; returns how many were new. Reminders are counted in
   * working days and go out on working days only: {@code BEFORE_DEADLINE} once within
   * {@code daysBefore} working days of the last working day a report is on time, {@code ON_DEADLINE} on
   * that day. A year without a working calendar sends nothing and says so in the log.
   */
  public int sendDue(LocalDate today) {
    try {
      if (!workingDays.isWorkingDay(today)) {
        return 0;
      }
    } catch (ProblemException noCalendar) {
      log.error("No reminders today ({}): {}", today, noCalendar.getMessage());
      return 0;
    }
    int sent = 0;
    for (Obligations.Obligation o : obligations.all()) {
      if (o.deadline() == null) {
        continue;
      }
      String kind;
      try {
        LocalDate last = workingDays.onOrBefore(o.deadline());
        kind = today.equals(last) ? "ON_DEADLINE"
            : today.isBefore(last) && workingDays.between(today, last) <= daysBefore ? "BEFORE_DEADLINE" : null;
      } catch (ProblemException noCalendar) {
        log.error("No reminder for {} {}: {}", o.unitId(), o.window().code(), noCalendar.getMessage());
        continue;
      }
      if (kind == null || reports.submitted(o)) {
        continue;
      }
      String id = o.unitId() + "|" + o.window().code() + "|" + kind;
      if (mongo.findById(id, Sent.class) != null) {
        continue;
      }
      ReportReminder reminder = new ReportReminder(id, o.unitId(), o.parentId(), o.window().code(), o.deadline(), kind, 1, o.receiverIds());
      try {
        aggregates.insert(new Sent(id, 1, List.of(events.pending(ReportEvents.REMINDER_DUE, id, 1, reminder))));
        sent++;
      } catch (DuplicateKeyException alreadySent) {
        // another run got there first
      }
    }
    return sent;
  }
}
