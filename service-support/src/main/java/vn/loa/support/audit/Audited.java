package vn.loa.support.audit;

import java.util.List;

/**
 * An aggregate whose every change appends an {@link AuditEntry} to its history. When it is written
 * through {@link vn.loa.support.messaging.Aggregates}, the latest entry also goes to the central
 * audit trail, as an event in the same document write.
 */
public interface Audited {

  /** The kind of entity in the audit trail ({@code activity}, {@code task}, {@code report}). */
  String auditEntityType();

  /** The unit the entity belongs to. */
  String unitId();

  /** The audit entries, oldest first; the last is the change being written. */
  List<AuditEntry> auditTrail();
}
