package vn.loa.support.audit;

import vn.loa.contracts.EventType;
import vn.loa.contracts.audit.AuditRecorded;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.security.LoaTokens;

/** Turns an audited aggregate's latest change into the event of the central audit trail. */
public final class AuditTrail {

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

  /** The audit event of {@code aggregate}'s latest change; {@code null} if it has none. */
  public <T extends OutboxAggregate & Audited> PendingEvent recorded(T aggregate) {
    if (aggregate.auditTrail() == null || aggregate.auditTrail().isEmpty()) {
      return null;
    }
    AuditEntry last = aggregate.auditTrail().getLast();
    String entityType = aggregate.auditEntityType();
    AuditRecorded record =
        new AuditRecorded(
            AuditRecorded.idOf(service, entityType, aggregate.id(), last.version()),
            service,
            entityType,
            aggregate.id(),
            aggregate.unitId(),
            last.version(),
            last.action(),
            last.by(),
            LoaTokens.currentUnit(),
            last.at(),
            last.changes());
    return events.pending(type, aggregate.id(), last.version(), record);
  }
}
