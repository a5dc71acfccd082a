package vn.loa.report.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/**
 * Publishes deadline reminders for reports not yet submitted: once when the deadline is
 * {@code loa.reports.remind-days-before} days away (or nearer), once on the day. Each reminder is a
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

  Reminders(
      Obligations obligations,
      Reports reports,
      Aggregates aggregates,
      OutboxEvents events,
      MongoTemplate mongo,
      Clock clock,
      @Value("${loa.reports.remind-days-before:3}") int daysBefore) {
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

  /** Sends the reminders due on {@code today}; returns how many were new. */
  public int sendDue(LocalDate today) {
    int sent = 0;
    for (Obligations.Obligation o : obligations.all()) {
      if (o.deadline() == null) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(today, o.deadline());
      String kind = days == 0 ? "ON_DEADLINE" : days > 0 && days <= daysBefore ? "BEFORE_DEADLINE" : null;
      if (kind == null || reports.get(o.unitId(), o.window().code()).report().firstSubmittedAt() != null) {
        continue;
      }
      String id = o.unitId() + "|" + o.window().code() + "|" + kind;
      if (mongo.findById(id, Sent.class) != null) {
        continue;
      }
      ReportReminder reminder = new ReportReminder(id, o.unitId(), o.parentId(), o.window().code(), o.deadline(), kind, 1);
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
