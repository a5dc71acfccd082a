package vn.loa.web.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first: a browser's {@code Accept-Language} (often en-US) does not switch the pages;
 * the person chooses English with the link in the header ({@code ?lang=en}), remembered in the
 * cookie {@code loa-lang} for a year. The clock of "today" is Vietnam's.
 */
@Configuration(proxyBeanMethods = false)
class Language implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("loa-lang");
    resolver.setDefaultLocaleFunction(request -> VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  @Bean
  Clock clock(@Value("${loa.web.zone}") ZoneId zone) {
    return Clock.system(zone);
  }
}
