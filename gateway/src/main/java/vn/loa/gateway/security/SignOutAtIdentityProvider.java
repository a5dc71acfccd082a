package vn.loa.gateway.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * After the gateway has ended its own session, signs the person out at the identity provider too
 * (OpenID Connect RP-initiated logout: {@code /connect/logout} with the ID token as hint), which
 * then sends the browser back to the gateway's start page — so the next visit asks for the password
 * again instead of signing the person straight back in.
 */
final class SignOutAtIdentityProvider implements ServerLogoutSuccessHandler {

  private final String issuer;

  SignOutAtIdentityProvider(String issuer) {
    this.issuer = issuer;
  }

  @Override
  public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
    ServerHttpRequest request = exchange.getExchange().getRequest();
    String home =
        UriComponentsBuilder.fromUri(request.getURI())
            .replacePath("/")
            .replaceQuery(null)
            .build()
            .toUriString();
    URI target = URI.create(home);
    if (authentication instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcUser person) {
      target =
          UriComponentsBuilder.fromUriString(issuer + "/connect/logout")
              .queryParam("id_token_hint", person.getIdToken().getTokenValue())
              .queryParam("post_logout_redirect_uri", home)
              .encode()
              .build()
              .toUri();
    }
    var response = exchange.getExchange().getResponse();
    response.setStatusCode(HttpStatus.FOUND);
    response.getHeaders().setLocation(target);
    return response.setComplete();
  }
}
