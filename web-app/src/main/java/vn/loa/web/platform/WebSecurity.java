package vn.loa.web.platform;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every page needs the signed-in person's access token, which the gateway relays from its session
 * (the browser never holds it): validated here as by every service — signature, issuer, audience
 * {@code loa}, expiry. Without a valid one a page answers {@code 401} with a link to sign in again.
 * The page forms carry their own CSRF token (double submit: the hidden field {@code _csrf} must
 * match the cookie {@code LOA-PAGE-CSRF} of this path), because the gateway must not read a form's
 * body before it forwards it (ADR 0017). Static assets and the probes are open.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

  static final String CSRF_COOKIE = "LOA-PAGE-CSRF";

  @Bean
  SecurityFilterChain pages(
      HttpSecurity http,
      PageErrors errors,
      @org.springframework.beans.factory.annotation.Value("${loa.identity.issuer}") String issuer,
      @org.springframework.beans.factory.annotation.Value(
              "${spring.servlet.multipart.max-request-size}")
          org.springframework.util.unit.DataSize maxRequest)
      throws Exception {
    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
    csrf.setCookieName(CSRF_COOKIE);
    csrf.setCookiePath("/");
    csrf.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
    http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        // Not the DSL's CSRF: it lets every request with a bearer token through, and here every
        // request has the relayed one. The same filter, for every form.
        .csrf(c -> c.disable())
        .addFilterBefore(
            new UploadLimit(maxRequest.toBytes(), errors),
            org.springframework.security.web.context.SecurityContextHolderFilter.class)
        .addFilterBefore(pageCsrf(csrf, errors), BearerTokenAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/assets/**", "/favicon.ico", "/actuator/**", "/livez", "/readyz", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> {})
                    .authenticationEntryPoint(errors::unauthenticated)
                    .accessDeniedHandler(errors::forbidden))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(errors::unauthenticated)
                    .accessDeniedHandler(errors::forbidden))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none';"
                                    + " object-src 'none'; form-action 'self' "
                                    // Sign-out ends at the identity service: the form's redirect.
                                    + origin(issuer)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  /** {@code http://host:port} of a URL. */
  static String origin(String url) {
    java.net.URI uri = java.net.URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static CsrfFilter pageCsrf(CookieCsrfTokenRepository tokens, PageErrors errors) {
    CsrfFilter filter = new CsrfFilter(tokens);
    filter.setAccessDeniedHandler(errors::forbidden);
    return filter;
  }

  /** Cookies of the pages are sent on same-site navigations only. */
  @Bean
  CookieSameSiteSupplier laxCookies() {
    return CookieSameSiteSupplier.ofLax();
  }
}
