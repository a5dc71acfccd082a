package vn.loa.support.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.loa.contracts.identity.Role;
import vn.loa.support.web.ProblemException;
import vn.loa.support.web.Problems;

/**
 * The scope and function checks every endpoint makes before it reads or changes anything. A refusal
 * is {@code 403} with a problem that names no data of the unit asked about.
 */
public final class Access {

  private final UnitScope scope;

  public Access(UnitScope scope) {
    this.scope = scope;
  }

  /** The caller of the current request. */
  public Caller caller() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      return LoaTokens.caller(token.getToken());
    }
    throw new IllegalStateException("no authenticated Loa caller on this request");
  }

  /** Whether the caller may see the data of {@code unitId}. */
  public boolean canRead(String unitId) {
    return unitId != null && scope.covers(caller().unitId(), unitId);
  }

  /**
   * Whether the caller may see the statistics (totals, breakdowns, indicator tables) of {@code
   * unitId}: its own scope, or — for a coordinating agency ({@link Role#COORDINATOR}) — the whole
   * province its unit belongs to. Activities, tasks, plans and reports stay within the caller's own
   * scope.
   */
  public boolean canReadStatistics(String unitId) {
    if (canRead(unitId)) {
      return true;
    }
    Caller caller = caller();
    return caller.has(Role.COORDINATOR)
        && unitId != null
        && scope.covers(scope.topOf(caller.unitId()), unitId);
  }

  /**
   * Refuses unless the caller may see the statistics of {@code unitId} ({@link
   * #canReadStatistics}).
   */
  public void readStatistics(String unitId) {
    if (!canReadStatistics(unitId)) {
      throw forbidden();
    }
  }

  /** Refuses unless the caller may see the data of {@code unitId}. */
  public void read(String unitId) {
    if (!canRead(unitId)) {
      throw forbidden();
    }
  }

  /** Refuses unless the caller may change the data of {@code unitId}. */
  public void write(String unitId) {
    read(unitId);
    if (!caller().writes()) {
      throw forbidden();
    }
  }

  /**
   * Refuses unless the caller is a person who may change the data of {@code unitId}: an integrating
   * system records activities, and nothing else (tasks, plans, reports are work of the unit's
   * people).
   */
  public void writeAsPerson(String unitId) {
    write(unitId);
    if (caller().isClient()) {
      throw forbidden();
    }
  }

  /**
   * Refuses unless the caller is an official of exactly {@code unitId} (issues its plans, approves
   * for it).
   */
  public void officialOf(String unitId) {
    Caller caller = caller();
    if (!caller.official() || !caller.unitId().equals(unitId)) {
      throw forbidden();
    }
  }

  /** Refuses unless the caller is an official of the parent of {@code unitId}. */
  public void officialOfParentOf(String unitId) {
    String parent = scope.parentOf(unitId);
    if (parent == null) {
      throw forbidden();
    }
    officialOf(parent);
  }

  /** Refuses unless the caller has one of {@code roles}. */
  public void requireRole(Role... roles) {
    Caller caller = caller();
    if (Set.of(roles).stream().noneMatch(caller::has)) {
      throw forbidden();
    }
  }

  public static ProblemException forbidden() {
    return Problems.forbidden();
  }
}
