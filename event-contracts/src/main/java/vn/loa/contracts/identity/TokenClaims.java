package vn.loa.contracts.identity;

/**
 * The claims a Loa access token carries beyond the standard ones: what identity-service writes and
 * every service, the gateway included, reads.
 */
public final class TokenClaims {

  /** The audience every Loa access token is issued for. */
  public static final String AUDIENCE = "loa";

  /** The unit the token is bound to (an org unit id). */
  public static final String UNIT = "loa_unit";

  /** The roles, by {@link Role} name. */
  public static final String ROLES = "loa_roles";

  private TokenClaims() {}
}
