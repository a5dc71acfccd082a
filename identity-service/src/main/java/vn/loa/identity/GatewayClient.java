package vn.loa.identity;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Registers the gateway, the one client that signs people in through the browser (authorization
 * code), from the deployment's configuration: its secret ({@code
 * loa.identity.gateway-client.secret}, from the environment, never a default), where it receives
 * the code and where a signed-out browser may go. No secret configured: no gateway client (and no
 * browser sign-in).
 */
@Component
class GatewayClient {

  static final String ID = "loa-gateway";

  private final MongoTemplate mongo;
  private final PasswordEncoder encoder;
  private final String secret;
  private final String redirectUri;
  private final String postLogoutRedirectUri;

  GatewayClient(
      MongoTemplate mongo,
      PasswordEncoder encoder,
      @Value("${loa.identity.gateway-client.secret}") String secret,
      @Value("${loa.identity.gateway-client.redirect-uri}") String redirectUri,
      @Value("${loa.identity.gateway-client.post-logout-redirect-uri}")
          String postLogoutRedirectUri) {
    this.mongo = mongo;
    this.encoder = encoder;
    this.secret = secret;
    this.redirectUri = redirectUri;
    this.postLogoutRedirectUri = postLogoutRedirectUri;
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    if (secret.isBlank()) {
      mongo.remove(
          org.springframework.data.mongodb.core.query.Query.query(
              org.springframework.data.mongodb.core.query.Criteria.where("_id").is(ID)),
          LoaClient.class);
      return;
    }
    mongo.save(
        new LoaClient(
            ID,
            encoder.encode(secret),
            "Loa gateway (browser sign-in)",
            List.of("authorization_code", "refresh_token"),
            List.of(redirectUri),
            null,
            null,
            List.of(postLogoutRedirectUri)));
  }
}
