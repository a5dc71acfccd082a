package vn.loa.web.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One change in the audit trail ({@code GET /api/audit}). */
public record AuditEntry(
    String id,
    String service,
    String entityType,
    String entityId,
    String unitId,
    long version,
    String action,
    String actor,
    String actorUnit,
    Instant at,
    Map<String, List<Object>> changes) {

  /** The page of the entity, where the web application has one. */
  public String link() {
    return switch (entityType == null ? "" : entityType) {
      case "activity" -> "/activities/" + entityId;
      case "plan" -> "/plans/" + entityId;
      case "report" -> "/reports/" + entityId;
      default -> null;
    };
  }

  /** A field (in words) and its value before and after the change (in words). */
  public record Change(String field, String before, String after) {}

  /** An entry as the page shows it: the entry and its changes in words. */
  public record Shown(AuditEntry entry, List<Change> changes) {}
}
