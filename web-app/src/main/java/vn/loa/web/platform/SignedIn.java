package vn.loa.web.platform;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.loa.contracts.identity.Role;
import vn.loa.contracts.identity.TokenClaims;

/**
 * The person the page is for, as the relayed access token names them: who ({@code sub}), their unit
 * and roles, and the token itself, which every API call of the page carries.
 */
public record SignedIn(String subject, String unitId, Set<Role> roles, String token) {

  /** The person of the current request; the security chain has already validated the token. */
  public static SignedIn current() {
    if (!(SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken t)) {
      throw new IllegalStateException("No signed-in person on this request");
    }
    return of(t.getToken());
  }

  static SignedIn of(Jwt jwt) {
    List<String> names = jwt.getClaimAsStringList(TokenClaims.ROLES);
    Set<Role> roles =
        names == null
            ? Set.of()
            : names.stream()
                .map(Role::parse)
                .filter(r -> r != null)
                .collect(Collectors.toUnmodifiableSet());
    return new SignedIn(
        jwt.getSubject(), jwt.getClaimAsString(TokenClaims.UNIT), roles, jwt.getTokenValue());
  }

  /**
   * Whether the person works for a commune or one of its units, or a department: the to-do page.
   */
  public boolean recordsActivities() {
    return roles.contains(Role.COMMUNE_OFFICER)
        || roles.contains(Role.UNIT_OFFICER)
        || roles.contains(Role.DEPARTMENT_OFFICER)
        || roles.contains(Role.CITY_ADMIN);
  }

  /**
   * The city office (administrator, viewer) and a person who only reads (a coordinating agency)
   * land on the overview of the quarter; the officials of a unit on its to-do list.
   */
  public boolean landsOnOverview() {
    return roles.contains(Role.CITY_ADMIN)
        || roles.contains(Role.CITY_VIEWER)
        || !(roles.contains(Role.COMMUNE_OFFICER)
            || roles.contains(Role.UNIT_OFFICER)
            || roles.contains(Role.DEPARTMENT_OFFICER));
  }

  /** Whether the person's agency compiles the figures of its whole province (cơ quan tổng hợp). */
  public boolean coordinates() {
    return roles.contains(Role.COORDINATOR);
  }

  /** Whether the person administers the city (and may read the audit trail). */
  public boolean administers() {
    return roles.contains(Role.CITY_ADMIN);
  }

  /** Whether the person acts for the unit as an official (writes its reports, takes others in). */
  public boolean official() {
    return roles.stream().anyMatch(Role::official);
  }

  /** The role shown in the page header: the one that says most about what the person does. */
  public Role mainRole() {
    for (Role r :
        List.of(
            Role.CITY_ADMIN,
            Role.CITY_VIEWER,
            Role.DEPARTMENT_OFFICER,
            Role.COMMUNE_OFFICER,
            Role.UNIT_OFFICER,
            Role.INTEGRATOR,
            Role.COORDINATOR)) {
      if (roles.contains(r)) {
        return r;
      }
    }
    return null;
  }
}
