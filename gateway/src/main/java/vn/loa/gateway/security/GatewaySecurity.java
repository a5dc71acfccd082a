package vn.loa.gateway.security;

import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Two ways in, one rule: every {@code /api/**} request is authenticated here before it is routed,
 * and again by the service it reaches.
 *
 * <ul>
 *   <li>API clients send a bearer token; the gateway validates it (signature, issuer, audience,
 *       expiry) and passes it on unchanged. A bad one is {@code 401} here already.
 *   <li>Browsers sign in at the identity service (authorization code); the tokens stay in the
 *       gateway's session, the browser holds only the session cookie, and the access token is
 *       relayed to the services. State-changing requests of a session need the CSRF token (cookie
 *       {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}); bearer requests carry no ambient
 *       credential and need none.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

  static final String SIGN_IN = "/oauth2/authorization/loa";

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      CookieAuthorizationRequests signInsUnderWay,
      @Value("${loa.identity.issuer}") String issuer) {
    // Where a browser was going before it had to sign in: kept in a cookie, never in a server
    // session. Its path is the sign-in callback's, where it is read: the identity service may share
    // the host (the local default, compose on localhost) and keeps a cookie of the same name at
    // "/".
    CookieServerRequestCache requestCache = new CookieServerRequestCache();
    requestCache.setCookieCustomizer(cookie -> cookie.path("/login/oauth2"));
    RedirectServerAuthenticationEntryPoint browser =
        new RedirectServerAuthenticationEntryPoint(SIGN_IN);
    browser.setRequestCache(requestCache);
    ServerAuthenticationEntryPoint api = (exchange, e) -> Problems.unauthenticated(exchange);
    ServerAuthenticationEntryPoint entryPoint =
        (exchange, e) ->
            wantsPage(exchange) ? browser.commence(exchange, e) : api.commence(exchange, e);
    RedirectServerAuthenticationSuccessHandler signedIn =
        new RedirectServerAuthenticationSuccessHandler();
    signedIn.setRequestCache(requestCache);
    CookieServerCsrfTokenRepository csrfTokens =
        CookieServerCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    http.authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers("/actuator/**", "/livez", "/readyz")
                    .permitAll()
                    .pathMatchers(HttpMethod.OPTIONS)
                    .permitAll()
                    .anyExchange()
                    .authenticated())
        .oauth2ResourceServer(
            oauth -> oauth.jwt(Customizer.withDefaults()).authenticationEntryPoint(api))
        .requestCache(cache -> cache.requestCache(requestCache))
        .oauth2Login(
            login ->
                login
                    .authorizationRequestRepository(signInsUnderWay)
                    .authenticationSuccessHandler(signedIn))
        .logout(
            logout ->
                logout
                    .logoutHandler(
                        new DelegatingServerLogoutHandler(
                            new SecurityContextServerLogoutHandler(),
                            new WebSessionServerLogoutHandler()))
                    .logoutSuccessHandler(new SignOutAtIdentityProvider(issuer)))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler((exchange, e) -> Problems.forbidden(exchange)))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                    .requireCsrfProtectionMatcher(sessionStateChange())
                    .accessDeniedHandler((exchange, e) -> Problems.forbidden(exchange)))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; object-src 'none'"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .cors(Customizer.withDefaults());
    return http.build();
  }

  /**
   * The sign-ins under way, sealed with {@code loa.gateway.sign-in-key} (base64 of 32 bytes, the
   * same on every gateway instance of a deployment) or, without one, a key of this process.
   */
  @Bean
  CookieAuthorizationRequests signInsUnderWay(@Value("${loa.gateway.sign-in-key:}") String key) {
    return new CookieAuthorizationRequests(
        key.isBlank() ? CookieAuthorizationRequests.randomKey() : Base64.getDecoder().decode(key));
  }

  /**
   * Hands the page the CSRF token: the cookie {@code XSRF-TOKEN} is written on every response of a
   * session, so a page's script can send it back as {@code X-XSRF-TOKEN} (on {@code POST /logout}
   * too).
   */
  @Bean
  WebFilter csrfTokenCookie() {
    return (exchange, chain) -> {
      Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
      return (token == null ? Mono.<CsrfToken>empty() : token).then(chain.filter(exchange));
    };
  }

  /**
   * Bearer tokens checked against the identity provider's keys ({@link IdentityProviderCalls});
   * issuer, expiry and audience checked; a token already verified is not verified again while it is
   * valid ({@link VerifiedBearerTokens}).
   */
  @Bean
  ReactiveJwtDecoder jwtDecoder(
      RateLimitedJwkSource keys,
      @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
      @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") List<String> audiences) {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(issuer),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD,
                aud -> aud != null && aud.stream().anyMatch(audiences::contains))));
    return new VerifiedBearerTokens(
        decoder, java.time.Clock.systemUTC(), VerifiedBearerTokens.CAPACITY);
  }

  /**
   * A browser navigation (it accepts HTML and sends no token) is sent to sign in; anything else
   * gets 401.
   */
  static boolean wantsPage(org.springframework.web.server.ServerWebExchange exchange) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    return !headers.containsHeader(HttpHeaders.AUTHORIZATION)
        && headers.getAccept().stream()
            .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }

  /**
   * CSRF applies to state-changing requests that rely on the session cookie, not to bearer
   * requests, and not to the web application's page forms: the gateway must not read their bodies,
   * and the web application checks their own token (double submit, ADR 0017).
   */
  static ServerWebExchangeMatcher sessionStateChange() {
    List<HttpMethod> safe =
        List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    return exchange -> {
      var request = exchange.getRequest();
      boolean bearer = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
      String path = request.getPath().value();
      boolean gatewayOrApi =
          path.startsWith("/api/") || path.startsWith("/admin/") || path.equals("/logout");
      return !bearer && gatewayOrApi && !safe.contains(request.getMethod())
          ? ServerWebExchangeMatcher.MatchResult.match()
          : ServerWebExchangeMatcher.MatchResult.notMatch();
    };
  }

  /**
   * Cross-origin browser calls only from the configured origins ({@code
   * loa.gateway.cors-allowed-origins}).
   */
  @Bean
  CorsConfigurationSource corsConfigurationSource(
      @Value("${loa.gateway.cors-allowed-origins:}") List<String> origins) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(origins.stream().filter(o -> !o.isBlank()).toList());
    cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    cors.setAllowedHeaders(
        List.of(
            "Authorization",
            "Content-Type",
            "If-Match",
            "Idempotency-Key",
            "Accept-Language",
            "X-XSRF-TOKEN"));
    cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
    cors.setAllowCredentials(true);
    cors.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", cors);
    return source;
  }
}
