package vn.loa.support.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.loa.contracts.identity.Role;
import vn.loa.contracts.identity.TokenClaims;

/**
 * The claims a Loa access token carries beyond the standard ones, and their reading. Issuer,
 * audience, signature and expiry are checked by the decoder before this runs.
 */
public final class LoaTokens {

  private LoaTokens() {}

  /**
   * The caller a validated token stands for; a token without a unit or a known role is not a Loa
   * token.
   */
  public static Caller caller(Jwt jwt) {
    String unit = jwt.getClaimAsString(TokenClaims.UNIT);
    List<String> names = jwt.getClaimAsStringList(TokenClaims.ROLES);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      names.stream().map(Role::parse).filter(r -> r != null).forEach(roles::add);
    }
    if (jwt.getSubject() == null || unit == null || unit.isBlank() || roles.isEmpty()) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_TOKEN, "the token names no subject, unit or role", null));
    }
    return new Caller(jwt.getSubject(), unit, roles);
  }

  /** The subject of the current request's token, or {@code null} outside a request. */
  public static String currentSubject() {
    var authentication =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    return authentication instanceof JwtAuthenticationToken token
        ? token.getToken().getSubject()
        : null;
  }

  /**
   * The unit of the current request's token, or {@code null} outside a request (background work).
   */
  public static String currentUnit() {
    var authentication =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    return authentication instanceof JwtAuthenticationToken token
        ? token.getToken().getClaimAsString(TokenClaims.UNIT)
        : null;
  }

  /** The authentication of a request with a validated token: authorities {@code ROLE_<role>}. */
  static JwtAuthenticationToken authentication(Jwt jwt) {
    Caller caller = caller(jwt);
    List<GrantedAuthority> authorities =
        caller.roles().stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
            .toList();
    return new JwtAuthenticationToken(jwt, authorities, caller.id());
  }
}
