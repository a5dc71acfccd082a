package vn.loa.support.security;

import java.util.Set;
import vn.loa.contracts.identity.Role;

/**
 * Who is calling, from the validated access token: a person (sign-in) or a client (an integrating
 * system), the unit the token is bound to, and the roles there.
 *
 * @param id the token's subject: a user name or a client id; recorded as the author of every change
 * @param unitId the unit the token is bound to ({@code loa_unit}); the caller's scope is its
 *     subtree
 * @param roles the caller's roles ({@code loa_roles})
 */
public record Caller(String id, String unitId, Set<Role> roles) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** A client of an integrating system rather than a person. */
  public boolean isClient() {
    return roles.contains(Role.INTEGRATOR);
  }

  public boolean writes() {
    return roles.stream().anyMatch(Role::writes);
  }

  public boolean official() {
    return roles.stream().anyMatch(Role::official);
  }
}
