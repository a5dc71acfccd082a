package vn.loa.identity;

import java.time.Duration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The registered clients, kept in MongoDB ({@link LoaClient}) and handed to the authorization
 * server.
 */
class MongoClients implements RegisteredClientRepository {

  static final String UNIT_SETTING = "loa.unit";
  static final String ROLES_SETTING = "loa.roles";

  private final MongoTemplate mongo;
  private final Duration accessTokenTtl;

  MongoClients(MongoTemplate mongo, Duration accessTokenTtl) {
    this.mongo = mongo;
    this.accessTokenTtl = accessTokenTtl;
  }

  @Override
  public void save(RegisteredClient client) {
    throw new UnsupportedOperationException(
        "clients are registered in the clients collection, not through the server");
  }

  @Override
  public RegisteredClient findById(String id) {
    return findByClientId(id);
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    LoaClient c = clientId == null ? null : mongo.findById(clientId, LoaClient.class);
    return c == null ? null : registered(c);
  }

  private RegisteredClient registered(LoaClient c) {
    RegisteredClient.Builder b =
        RegisteredClient.withId(c.clientId())
            .clientId(c.clientId())
            .clientName(c.name())
            .clientSecret(c.secretHash())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(accessTokenTtl).build());
    c.grantTypes().forEach(g -> b.authorizationGrantType(new AuthorizationGrantType(g)));
    if (c.redirectUris() != null) {
      c.redirectUris().forEach(b::redirectUri);
    }
    if (c.postLogoutRedirectUris() != null) {
      c.postLogoutRedirectUris().forEach(b::postLogoutRedirectUri);
    }
    if (c.grantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE.getValue())) {
      b.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE);
    }
    ClientSettings.Builder settings = ClientSettings.builder().requireAuthorizationConsent(false);
    if (c.unitId() != null) {
      settings.setting(UNIT_SETTING, c.unitId()).setting(ROLES_SETTING, c.roles());
    }
    return b.clientSettings(settings.build()).build();
  }
}
