package vn.loa.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.loa.contracts.identity.TokenClaims;

/** The authorization server, the sign-in page, and Loa's claims in the tokens. */
@Configuration(proxyBeanMethods = false)
class IdentityConfig {

  /** The audience of every access token: the Loa services check it. */
  static final String AUDIENCE = TokenClaims.AUDIENCE;

  private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> s.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(r -> r.anyRequest().authenticated())
        .requestCache(cache -> cache.requestCache(signInReturn()))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain signIn(HttpSecurity http) throws Exception {
    // The sign-in page with any query (?error, ?lang=en) is for everyone.
    http.authorizeHttpRequests(
            r ->
                r.requestMatchers("/actuator/**", "/livez", "/readyz", "/error", "/login")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        // Loa's own sign-in page (SignInPage), in Vietnamese; the form posts to /login as before.
        .formLogin(form -> form.loginPage("/login").permitAll())
        // Nothing is stored on the server for a visitor who has not signed in: the CSRF token of
        // the form and the page to return to are cookies, so visits cannot fill the session store.
        .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
        .requestCache(cache -> cache.requestCache(signInReturn()));
    return http.build();
  }

  /**
   * Where to go after signing in, kept in a cookie: only an authorization request is worth coming
   * back to — not the favicon or anything else a browser happens to ask for while the sign-in page
   * shows.
   */
  static CookieRequestCache signInReturn() {
    CookieRequestCache cache = new CookieRequestCache();
    cache.setRequestMatcher(
        request ->
            "GET".equals(request.getMethod())
                && "/oauth2/authorize".equals(request.getRequestURI()));
    return cache;
  }

  /**
   * The sign-in form's CSRF token in a cookie of its own name: the gateway may share the host
   * (cookies do not tell ports apart) and hands its pages a cookie {@code XSRF-TOKEN}.
   */
  static CookieCsrfTokenRepository csrfCookie() {
    CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
    repository.setCookieName("LOA_SIGNIN_XSRF");
    return repository;
  }

  /** Before Spring Security (-100): a throttled attempt is not checked at all. */
  @Bean
  FilterRegistrationBean<SignInThrottle> signInThrottle(
      @Value("${loa.identity.throttle.address-per-second}") double addressRate,
      @Value("${loa.identity.throttle.address-burst}") double addressBurst,
      @Value("${loa.identity.throttle.account-per-second}") double accountRate,
      @Value("${loa.identity.throttle.account-burst}") double accountBurst) {
    var registration =
        new FilterRegistrationBean<>(
            new SignInThrottle(addressRate, addressBurst, accountRate, accountBurst));
    registration.setOrder(-200);
    return registration;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  MongoUsers users(MongoTemplate mongo) {
    return new MongoUsers(mongo);
  }

  @Bean
  RegisteredClientRepository clients(
      MongoTemplate mongo, @Value("${loa.identity.access-token-ttl}") Duration ttl) {
    return new MongoClients(mongo, ttl);
  }

  @Bean
  JWKSource<SecurityContext> signingKeys(MongoTemplate mongo) {
    return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(mongo)));
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(
      @Value("${loa.identity.issuer}") String issuer) {
    return AuthorizationServerSettings.builder().issuer(issuer).build();
  }

  /**
   * Every access token is for audience {@code loa} and names the unit it is bound to and the roles
   * there: a person's from the user record, a client's (client credentials) from the client record.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> loaClaims(MongoUsers users) {
    return context -> {
      if (ID_TOKEN.equals(context.getTokenType())) {
        // The gateway's session knows the person's unit too (its rate limit per unit).
        LoaUser user = users.find(context.getPrincipal().getName());
        if (user != null) {
          context
              .getClaims()
              .claim(TokenClaims.UNIT, user.unitId())
              .claim(TokenClaims.ROLES, user.roles())
              .claim("name", user.displayName());
        }
        return;
      }
      if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        return;
      }
      context.getClaims().audience(List.of(AUDIENCE));
      if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        var settings = context.getRegisteredClient().getClientSettings();
        String unit = settings.getSetting(MongoClients.UNIT_SETTING);
        List<String> roles = settings.getSetting(MongoClients.ROLES_SETTING);
        if (unit != null) {
          context.getClaims().claim(TokenClaims.UNIT, unit).claim(TokenClaims.ROLES, roles);
        }
        return;
      }
      LoaUser user = users.find(context.getPrincipal().getName());
      if (user != null) {
        context
            .getClaims()
            .claim(TokenClaims.UNIT, user.unitId())
            .claim(TokenClaims.ROLES, user.roles())
            .claim("name", user.displayName());
      }
    };
  }
}
