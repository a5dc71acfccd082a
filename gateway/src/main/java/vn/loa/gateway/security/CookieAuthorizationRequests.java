package vn.loa.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a sign-in that is under way (the authorization request: state, nonce, PKCE verifier, where
 * to return) in the browser, in one encrypted and authenticated cookie, instead of in a server
 * session per anonymous visit: visiting the sign-in start any number of times stores nothing on the
 * gateway, so it cannot fill the session store. A cookie that was altered, is expired, or was
 * sealed with another key is simply not a sign-in in progress.
 */
final class CookieAuthorizationRequests
    implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

  static final String COOKIE = "LOA_SIGNIN";
  static final Duration MAX_AGE = Duration.ofMinutes(10);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  /**
   * {@code key}: 32 bytes shared by every gateway instance of a deployment (a random one
   * otherwise).
   */
  CookieAuthorizationRequests(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  @Override
  public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
    return Mono.justOrEmpty(read(exchange));
  }

  @Override
  public Mono<Void> saveAuthorizationRequest(
      OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
    if (request == null) {
      exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
      return Mono.empty();
    }
    exchange.getResponse().addCookie(cookie(exchange, seal(request), MAX_AGE));
    return Mono.empty();
  }

  @Override
  public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
    OAuth2AuthorizationRequest request = read(exchange);
    if (request != null) {
      exchange.getResponse().addCookie(cookie(exchange, "", Duration.ZERO));
    }
    return Mono.justOrEmpty(request);
  }

  private static ResponseCookie cookie(ServerWebExchange exchange, String value, Duration maxAge) {
    return ResponseCookie.from(COOKIE, value)
        .path("/")
        .httpOnly(true)
        .sameSite(
            "Lax") // sent on the identity provider's top-level redirect back, not on cross-site
        // requests
        .secure("https".equals(exchange.getRequest().getURI().getScheme()))
        .maxAge(maxAge)
        .build();
  }

  private OAuth2AuthorizationRequest read(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
    if (cookie == null || cookie.getValue().isEmpty()) {
      return null;
    }
    try {
      return unseal(cookie.getValue());
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  String seal(OAuth2AuthorizationRequest request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("authorizationUri", request.getAuthorizationUri());
    fields.put("clientId", request.getClientId());
    fields.put("redirectUri", request.getRedirectUri());
    fields.put("scopes", List.copyOf(request.getScopes()));
    fields.put("state", request.getState());
    fields.put("additionalParameters", request.getAdditionalParameters());
    fields.put("attributes", request.getAttributes());
    fields.put("expires", System.currentTimeMillis() + MAX_AGE.toMillis());
    byte[] plain = JSON.writeValueAsBytes(fields);
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      cipher.updateAAD(COOKIE.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(plain);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  OAuth2AuthorizationRequest unseal(String value) throws GeneralSecurityException {
    byte[] all = Base64.getUrlDecoder().decode(value);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
    cipher.updateAAD(COOKIE.getBytes(StandardCharsets.US_ASCII));
    byte[] plain = cipher.doFinal(all, 12, all.length - 12);
    Map<String, Object> f = JSON.readValue(plain, new TypeReference<Map<String, Object>>() {});
    if (((Number) f.get("expires")).longValue() < System.currentTimeMillis()) {
      return null;
    }
    return OAuth2AuthorizationRequest.authorizationCode()
        .authorizationUri((String) f.get("authorizationUri"))
        .clientId((String) f.get("clientId"))
        .redirectUri((String) f.get("redirectUri"))
        .scopes(new LinkedHashSet<>((List<String>) f.get("scopes")))
        .state((String) f.get("state"))
        .additionalParameters((Map<String, Object>) f.get("additionalParameters"))
        .attributes((Map<String, Object>) f.get("attributes"))
        .build();
  }
}
