package vn.loa.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.support.web.ProblemException;
import vn.loa.support.web.ProblemRenderer;
import vn.loa.support.web.Problems;

/**
 * Every Loa service is an OAuth 2.0 resource server: each request to {@code /api/**} or {@code
 * /admin/**} carries a bearer token that the service validates itself — signature against the
 * identity provider's keys ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}), issuer,
 * audience {@code loa}, expiry — and the endpoints check the caller's unit scope with {@link
 * Access}. No sessions, no cookies: CSRF does not apply. A missing or bad token is {@code 401}, a
 * refused action {@code 403}, both as problem details in Vietnamese or English. Actuator endpoints
 * stay open for probes and metrics (keep the management port internal in production).
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    },
    afterName = "vn.loa.support.web.LoaWebAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LoaSecurityAutoConfiguration {

  /** A token already verified is not verified again while it is valid ({@link VerifiedTokens}). */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor loaVerifiedTokens(
      org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
    return VerifiedTokens.everyDecoder(clock);
  }

  @Bean
  SecurityFilterChain loaResourceServer(
      HttpSecurity http, ProblemRenderer renderer, LocaleResolver locales, JsonMapper json)
      throws Exception {
    ProblemWriter problems = new ProblemWriter(renderer, locales, json);
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/**", "/livez", "/readyz", "/error")
                    .permitAll()
                    // the API's description, not its data; the gateway shows it to the signed-in
                    .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(LoaTokens::authentication))
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problems.write(request, response, Problems.unauthenticated()))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(request, response, Problems.forbidden())))
        .exceptionHandling(
            handling ->
                handling
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problems.write(request, response, Problems.unauthenticated()))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(request, response, Problems.forbidden())));
    return http.build();
  }

  @Bean
  @ConditionalOnBean(UnitScope.class)
  Access access(UnitScope scope) {
    return new Access(scope);
  }

  /** Writes a problem outside the MVC exception handling (the security filters run before it). */
  private record ProblemWriter(ProblemRenderer renderer, LocaleResolver locales, JsonMapper json) {

    void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
        throws IOException {
      ProblemDetail body = renderer.render(problem, locales.resolveLocale(request));
      body.setInstance(URI.create(request.getRequestURI()));
      response.setStatus(body.getStatus());
      if (body.getStatus() == 401) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"loa\"");
      }
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), body);
    }
  }
}
