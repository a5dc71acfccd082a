package vn.loa.support.security;

/**
 * The organisation hierarchy as one service knows it (its own store or its copy from the org-unit
 * events), for scope checks. Each service provides exactly one.
 */
public interface UnitScope {

  /** Deeper than any real hierarchy (city → commune → unit is three levels): a guard against cycles. */
  int MAX_DEPTH = 32;

  /** Whether the service knows {@code unitId} at all. */
  boolean knows(String unitId);

  /** The parent of {@code unitId}, or {@code null} for a top-level or unknown unit. */
  String parentOf(String unitId);

  /**
   * Whether {@code unitId} is {@code rootId} or one of its descendants. A unit the service does not know
   * is let through: every endpoint refuses an unknown unit itself ({@code 400}/{@code 404}), which tells
   * nothing about another unit's data, and the hierarchy is public reference data anyway.
   */
  default boolean covers(String rootId, String unitId) {
    return unitId.equals(rootId) || !knows(unitId) || below(unitId, rootId);
  }

  /** Whether the known unit {@code unitId} is {@code rootId} or below it; an unknown unit is not. */
  default boolean strictlyCovers(String rootId, String unitId) {
    return knows(unitId) && (unitId.equals(rootId) || below(unitId, rootId));
  }

  private boolean below(String unitId, String rootId) {
    String current = parentOf(unitId);
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (current.equals(rootId)) {
        return true;
      }
      current = parentOf(current);
    }
    return false;
  }
}
