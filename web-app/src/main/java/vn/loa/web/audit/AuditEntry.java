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
  public record Change(String field, Value before, Value after) {}

  /** A value in words, and what of it the table shows before the person opens it. */
  public record Value(String full) {

    /** The longest a value is shown at first; the rest is cut with "…". */
    public static final int SHOWN = 120;

    /** Whether the table shows only the start of it. */
    public boolean cut() {
      return full.length() > SHOWN;
    }

    /** The start of it, as the table shows it at first. */
    public String shown() {
      return cut() ? full.substring(0, SHOWN) + "…" : full;
    }
  }

  /** An entry as the page shows it: the entry and its changes in words. */
  public record Shown(AuditEntry entry, List<Change> changes) {}
}
