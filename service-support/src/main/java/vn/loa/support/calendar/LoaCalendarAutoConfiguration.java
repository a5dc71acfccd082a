package vn.loa.support.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.loa.calendar.ReminderDays;
import vn.loa.calendar.WorkingDays;
import vn.loa.support.messaging.OnceOnlyEvents;

/**
 * The public service's working calendar, reminder days and reminder runs as beans, for a service
 * that has the {@code working-calendar} module: {@code loa.reminders.days-before} (3) working days
 * ahead.
 */
@AutoConfiguration(after = vn.loa.support.messaging.LoaMessagingAutoConfiguration.class)
@ConditionalOnClass(WorkingDays.class)
public class LoaCalendarAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WorkingDays workingDays() {
    return new WorkingDays();
  }

  @Bean
  @ConditionalOnMissingBean
  ReminderDays reminderDays(
      WorkingDays days, @Value("${loa.reminders.days-before:3}") int daysBefore) {
    return new ReminderDays(days, daysBefore);
  }

  @Bean
  @ConditionalOnMissingBean
  Reminding reminding(ReminderDays days, OnceOnlyEvents once) {
    return new Reminding(days, once);
  }
}
