package vn.loa.support.audit;

import vn.loa.contracts.EventType;
import vn.loa.contracts.audit.AuditRecorded;
import vn.loa.support.messaging.AccompanyingEvents;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.security.LoaTokens;

/**
 * Turns an audited aggregate's latest change into the event of the central audit trail, written
 * with the change ({@link AccompanyingEvents}).
 */
public final class AuditTrail implements AccompanyingEvents {

  private final OutboxEvents events;
  private final String service;
  private final EventType<AuditRecorded> type;

  /**
   * @param service the producing service's name
   * @param type the audit event type on the service's own audit topic
   */
  public AuditTrail(OutboxEvents events, String service, EventType<AuditRecorded> type) {
    this.events = events;
    this.service = service;
    this.type = type;
  }

  @Override
  public PendingEvent of(OutboxAggregate aggregate) {
    return aggregate instanceof Audited audited ? recorded(aggregate, audited) : null;
  }

  /** The audit event of {@code aggregate}'s latest change; {@code null} if it has none. */
  private PendingEvent recorded(OutboxAggregate aggregate, Audited audited) {
    if (audited.auditTrail() == null || audited.auditTrail().isEmpty()) {
      return null;
    }
    AuditEntry last = audited.auditTrail().getLast();
    String entityType = audited.auditEntityType();
    AuditRecorded record =
        new AuditRecorded(
            AuditRecorded.idOf(service, entityType, aggregate.id(), last.version()),
            service,
            entityType,
            aggregate.id(),
            audited.unitId(),
            last.version(),
            last.action(),
            last.by(),
            LoaTokens.currentUnit(),
            last.at(),
            last.changes());
    return events.pending(type, aggregate.id(), last.version(), record);
  }
}
