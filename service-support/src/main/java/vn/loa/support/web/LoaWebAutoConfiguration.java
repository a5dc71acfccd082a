package vn.loa.support.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details, Vietnamese-first messages and body limits for every Loa service.
 *
 * <p>Messages come from {@code loa/problems} (shared) and the service's own {@code messages}
 * bundle; the base bundles are Vietnamese, {@code _en} ones English. A language other than these
 * falls back to Vietnamese, never to the server's locale.
 */
@AutoConfiguration(before = {MessageSourceAutoConfiguration.class, WebMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(LoaWebProperties.class)
public class LoaWebAutoConfiguration {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Strict JSON binding: {@code 1.5} is not silently an integer, {@code "12"} is not a number,
   * trailing garbage after the document is an error. A value that does not fit is refused with its
   * field named.
   */
  @Bean
  JsonMapperBuilderCustomizer loaStrictJson() {
    return builder ->
        builder
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "loa/problems");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
    resolver.setDefaultLocale(VIETNAMESE);
    return resolver;
  }

  /**
   * Word to PDF by LibreOffice ({@code loa.documents.converter}, default {@code soffice} on the
   * {@code PATH}), each conversion at most {@code loa.documents.convert-timeout} (default 60 s).
   */
  /** The service's OpenAPI description at {@code /v3/api-docs}, gathered by the gateway. */
  @Bean
  @ConditionalOnMissingBean
  LoaOpenApi loaOpenApiCustomizer(@Value("${spring.application.name:loa}") String service) {
    return new LoaOpenApi(service);
  }

  @Bean
  @ConditionalOnMissingBean
  io.swagger.v3.oas.models.OpenAPI loaOpenApi(LoaOpenApi loa) {
    return loa.base();
  }

  @Bean
  @ConditionalOnMissingBean
  PdfConverter pdfConverter(
      @Value("${loa.documents.converter:soffice}") String command,
      @Value("${loa.documents.convert-timeout:60s}") Duration timeout) {
    return new PdfConverter(command, timeout);
  }

  @Bean
  Idempotency idempotency(JsonMapper json) {
    return new Idempotency(json);
  }

  @Bean
  ProblemRenderer problemRenderer(MessageSource messageSource) {
    return new ProblemRenderer(messageSource);
  }

  @Bean
  ProblemAdvice problemAdvice(ProblemRenderer renderer) {
    return new ProblemAdvice(renderer);
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      LoaWebProperties properties,
      ProblemRenderer renderer,
      LocaleResolver localeResolver,
      JsonMapper json) {
    var registration =
        new FilterRegistrationBean<>(
            new RequestSizeLimitFilter(
                properties.maxBody().toBytes(),
                properties.maxUpload().toBytes(),
                properties.bodyTimeout(),
                renderer,
                localeResolver,
                json));
    // Before the concurrency limit: a body is received in full before its request takes a working
    // slot.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(
      LoaWebProperties properties,
      ProblemRenderer renderer,
      LocaleResolver localeResolver,
      JsonMapper json,
      org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry>
          meters) {
    var registry =
        meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    var registration =
        new FilterRegistrationBean<>(
            new ConcurrencyLimitFilter(
                properties.maxConcurrentRequests(),
                properties.queueTimeout(),
                renderer,
                localeResolver,
                json,
                io.micrometer.core.instrument.Counter.builder("loa.web.shed")
                    .description("Requests turned away with 503 because the service was full")
                    .register(registry)));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
