package vn.loa.support.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * The organisation hierarchy as one service knows it (its own store or its copy from the org-unit
 * events), for scope checks. Each service provides exactly one, usually with {@link #over}.
 */
@FunctionalInterface
public interface UnitScope {

  /**
   * Deeper than any real hierarchy (city → commune → unit is three levels): a guard against cycles.
   */
  int MAX_DEPTH = 32;

  /** A unit as far as scope checks care: its parent, {@code null} at the top. */
  record Node(String parentId) {}

  /** The unit, if the service knows it: one lookup. */
  Optional<Node> find(String unitId);

  /** A scope over a service's own lookup of units by id and of a unit's parent. */
  static <U> UnitScope over(Function<String, Optional<U>> find, Function<U, String> parent) {
    return unitId -> find.apply(unitId).map(u -> new Node(parent.apply(u)));
  }

  /**
   * The top of {@code unitId}'s hierarchy (its province), or {@code unitId} itself at the top or
   * unknown.
   */
  default String topOf(String unitId) {
    String top = unitId;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      String parent = parentOf(top);
      if (parent == null) {
        return top;
      }
      top = parent;
    }
    return top;
  }

  /** The parent of {@code unitId}, or {@code null} for a top-level or unknown unit. */
  default String parentOf(String unitId) {
    return find(unitId).map(Node::parentId).orElse(null);
  }

  /**
   * Whether {@code unitId} is a unit the service knows and is {@code rootId} or one of its
   * descendants. Deny by default: a unit the service does not know (mistyped, from another system,
   * or not yet replicated) is covered by nobody, so "not yours" and "not there" are the same
   * refusal and an id tells nothing about whether such a unit exists.
   */
  default boolean covers(String rootId, String unitId) {
    if (rootId == null || unitId == null) {
      return false;
    }
    Optional<Node> unit = find(unitId);
    return unit.isPresent() && (unitId.equals(rootId) || below(unit.get(), rootId));
  }

  private boolean below(Node unit, String rootId) {
    String current = unit.parentId();
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (current.equals(rootId)) {
        return true;
      }
      current = parentOf(current);
    }
    return false;
  }
}
