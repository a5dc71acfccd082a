package vn.loa.report.audit.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.Topic;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.audit.AuditRecorded;
import vn.loa.report.audit.AuditLog;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;
import vn.loa.support.messaging.UndecodableEventException;

/**
 * The audit topics of plan-service, task-service and this service, into the central audit trail.
 */
@Configuration(proxyBeanMethods = false)
class AuditEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> auditFromPlans(
      EventConsumers consumers, EventCodec codec, AuditLog log) {
    return of(AuditEvents.FROM_PLAN_SERVICE, consumers, codec, log);
  }

  @Bean
  Consumer<Message<byte[]>> auditFromTasks(
      EventConsumers consumers, EventCodec codec, AuditLog log) {
    return of(AuditEvents.FROM_TASK_SERVICE, consumers, codec, log);
  }

  @Bean
  Consumer<Message<byte[]>> auditFromReports(
      EventConsumers consumers, EventCodec codec, AuditLog log) {
    return of(AuditEvents.FROM_REPORT_AGGREGATOR, consumers, codec, log);
  }

  private static Consumer<Message<byte[]>> of(
      Topic topic, EventConsumers consumers, EventCodec codec, AuditLog log) {
    return consumers.of(
        topic,
        (event, record) -> {
          AuditRecorded entry = codec.data(event, topic, AuditRecorded.class);
          if (entry.id() == null
              || entry.unitId() == null
              || entry.entityId() == null
              || entry.at() == null) {
            throw new UndecodableEventException("audit entry without id, unit, entity or time");
          }
          log.record(entry);
        });
  }
}
