package vn.loa.plan.directive;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.reminder.DeadlineReminder;
import vn.loa.support.calendar.Reminding;

/**
 * Reminds each addressee of a directive that has not yet issued its implementing plan when the
 * directing plan's implementation deadline is near ({@code loa.reminders.days-before} working days
 * before its last working day) and on that day; on working days only, once per plan, addressee and
 * kind ({@link Reminding}).
 */
@Component
public class DirectiveReminders {

  private final Directives directives;
  private final Reminding reminding;
  private final Clock clock;

  DirectiveReminders(Directives directives, Reminding reminding, Clock clock) {
    this.directives = directives;
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
        "directive",
        directives.outstanding(),
        Directives.Outstanding::deadline,
        (o, kind) -> {
          String id = DeadlineReminder.id(o.planId(), o.unitId(), kind.name());
          String title =
              "Ban hành kế hoạch thực hiện "
                  + (o.number() == null ? "" : o.number() + " ")
                  + o.title();
          return new Reminding.Reminder<>(
              id,
              PlanEvents.DIRECTIVE_REMINDER_DUE,
              new DeadlineReminder(
                  id, "DIRECTIVE", o.planId(), o.unitId(), title, o.deadline(), kind.name(), 1));
        });
  }
}
