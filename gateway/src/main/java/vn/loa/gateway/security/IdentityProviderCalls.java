package vn.loa.gateway.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.AbstractWebClientReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoderFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Every call the gateway makes to the identity service goes over one client of its own: the signing
 * keys (for bearer tokens and for the ID token of a sign-in), the code exchange of a sign-in, the
 * person's user info, and the refresh of a session's access token.
 *
 * <p>Left to their defaults, the sign-in's calls would share Reactor Netty's global connection
 * pool, which keeps an idle connection for ever: once the identity service had closed one at its
 * own keep-alive limit, the next sign-in could be sent on it as it closed, get no answer ({@code
 * PrematureCloseException}) and fail the person's sign-in. Here a connection idle for {@code
 * loa.identity.client.max-idle-time} (10 s; the identity service keeps one 60 s) is retired first,
 * and connecting and answering are bounded, so an identity service that says nothing cannot hold a
 * request (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
class IdentityProviderCalls {

  /** The longest a call to the identity service may take, connecting included. */
  static final Duration CALL_LIMIT = Duration.ofSeconds(5);

  @Bean
  WebClient identityProvider(
      @Value("${loa.identity.client.max-idle-time:10s}") Duration maxIdleTime) {
    ConnectionProvider connections =
        ConnectionProvider.builder("identity-provider")
            .maxConnections(16)
            .maxIdleTime(maxIdleTime)
            .build();
    HttpClient http =
        HttpClient.create(connections)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CALL_LIMIT.toMillis())
            .responseTimeout(CALL_LIMIT);
    return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
  }

  /**
   * The signing keys, downloaded again for an unknown key id at most every 30 s ({@link
   * RateLimitedJwkSource}).
   */
  @Bean
  RateLimitedJwkSource signingKeys(
      WebClient identityProvider,
      @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri) {
    return new RateLimitedJwkSource(identityProvider, jwkSetUri, Duration.ofSeconds(30));
  }

  /** The code of a sign-in exchanged for the person's tokens. */
  @Bean
  ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange(
      WebClient identityProvider) {
    return over(identityProvider, new WebClientReactiveAuthorizationCodeTokenResponseClient());
  }

  /** A session's access token renewed with its refresh token before it is relayed. */
  @Bean
  ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> tokenRefresh(
      WebClient identityProvider) {
    return over(identityProvider, new WebClientReactiveRefreshTokenTokenResponseClient());
  }

  private static <C extends AbstractWebClientReactiveOAuth2AccessTokenResponseClient<?>> C over(
      WebClient identityProvider, C client) {
    client.setWebClient(identityProvider);
    return client;
  }

  /** The person's user info, fetched once at sign-in. */
  @Bean
  ReactiveOAuth2UserService<OidcUserRequest, OidcUser> people(WebClient identityProvider) {
    DefaultReactiveOAuth2UserService userInfo = new DefaultReactiveOAuth2UserService();
    userInfo.setWebClient(identityProvider);
    OidcReactiveOAuth2UserService people = new OidcReactiveOAuth2UserService();
    people.setOauth2UserService(userInfo);
    return people;
  }

  /**
   * The ID token of a sign-in checked against the same keys as bearer tokens, with the OpenID
   * Connect rules (the issuer is the identity service, the audience this client, expiry, issued-at)
   * and claim types of Spring Security's own decoder.
   */
  @Bean
  ReactiveJwtDecoderFactory<ClientRegistration> idTokenDecoders(
      RateLimitedJwkSource keys, @Value("${loa.identity.issuer}") String issuer) {
    ClaimTypeConverter claimTypes =
        new ClaimTypeConverter(
            ReactiveOidcIdTokenDecoderFactory.createDefaultClaimTypeConverters());
    return registration -> {
      NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys).build();
      decoder.setJwtValidator(
          new DelegatingOAuth2TokenValidator<>(
              new JwtTimestampValidator(),
              new JwtIssuerValidator(issuer),
              new OidcIdTokenValidator(registration)));
      decoder.setClaimSetConverter(claimTypes);
      return decoder;
    };
  }
}
