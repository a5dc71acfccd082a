package vn.loa.support.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.calendar.CalendarMissingException;
import vn.loa.calendar.ReminderDays;
import vn.loa.contracts.EventType;
import vn.loa.support.messaging.OnceOnlyEvents;

/**
 * One run of deadline reminders, whatever they remind of (reports, tasks, directives): on a working
 * day, each candidate whose deadline brings a reminder today ({@link ReminderDays}) is sent its
 * reminder once only ({@link OnceOnlyEvents}). A year without a working calendar sends nothing and
 * says so in the log.
 */
public final class Reminding {

  private static final Logger log = LoggerFactory.getLogger(Reminding.class);

  private final ReminderDays days;
  private final OnceOnlyEvents once;

  public Reminding(ReminderDays days, OnceOnlyEvents once) {
    this.days = days;
    this.once = once;
  }

  /** The reminder of one candidate: its id (once per id), event type and payload. */
  public record Reminder<T>(String id, EventType<T> type, T payload) {}

  /**
   * Sends the reminders due on {@code today} for {@code candidates}; returns how many were new.
   * {@code reminder} makes a candidate's reminder of a kind, or returns {@code null} when it is not
   * due after all (a report submitted meanwhile).
   */
  public <C> int sendDue(
      LocalDate today,
      String what,
      Iterable<C> candidates,
      Function<C, LocalDate> deadline,
      BiFunction<C, ReminderDays.Kind, Reminder<?>> reminder) {
    try {
      if (!days.sendsOn(today)) {
        return 0;
      }
    } catch (CalendarMissingException noCalendar) {
      log.error("No {} reminders today ({}): {}", what, today, noCalendar.getMessage());
      return 0;
    }
    int sent = 0;
    for (C candidate : candidates) {
      LocalDate due = deadline.apply(candidate);
      if (due == null || due.isBefore(today)) {
        continue;
      }
      Optional<ReminderDays.Kind> kind;
      try {
        kind = days.on(today, due);
      } catch (CalendarMissingException noCalendar) {
        log.error(
            "No {} reminder for {} due {}: {}", what, candidate, due, noCalendar.getMessage());
        continue;
      }
      if (kind.isEmpty()) {
        continue;
      }
      Reminder<?> r = reminder.apply(candidate, kind.get());
      if (r != null && send(r)) {
        sent++;
      }
    }
    return sent;
  }

  private <T> boolean send(Reminder<T> r) {
    return once.send(r.id(), r.type(), r.payload());
  }
}
