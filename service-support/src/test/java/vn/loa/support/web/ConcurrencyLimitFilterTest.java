package vn.loa.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load shedding: beyond the limit a request is answered 503 with Retry-After and never reaches the
 * service.
 */
class ConcurrencyLimitFilterTest {

  private final AtomicInteger reached = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void a_request_beyond_the_limit_is_refused_with_retry_after_and_does_not_reach_the_service()
      throws Exception {
    ConcurrencyLimitFilter filter = filter(Locale.ENGLISH);
    Thread busy = holdTheOnlyPermit(filter);
    double shedBefore = SHED.count();

    MockHttpServletResponse refused = send(filter, post());

    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(SHED.count()).as("counted as shed").isEqualTo(shedBefore + 1);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString())
        .contains("urn:loa:problem:overloaded")
        .contains("Service overloaded");
    assertThat(reached).hasValue(1);

    release.countDown();
    busy.join();
    assertThat(send(filter, post()).getStatus()).isEqualTo(200);
    assertThat(reached).hasValue(2);
  }

  @Test
  void the_refusal_is_in_vietnamese_by_default() throws Exception {
    ConcurrencyLimitFilter filter = filter(Locale.forLanguageTag("vi"));
    holdTheOnlyPermit(filter);

    MockHttpServletResponse refused = send(filter, post());

    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getContentAsString()).contains("Hệ thống đang quá tải");
    release.countDown();
  }

  @Test
  void health_probes_are_never_held_back() throws Exception {
    ConcurrencyLimitFilter filter = filter(Locale.ENGLISH);
    holdTheOnlyPermit(filter);

    MockHttpServletResponse health =
        send(filter, new MockHttpServletRequest("GET", "/actuator/health/readiness"));

    assertThat(health.getStatus()).isEqualTo(200);
    assertThat(reached).hasValue(2);
    release.countDown();
  }

  static final io.micrometer.core.instrument.Counter SHED =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("loa.web.shed");

  private static ConcurrencyLimitFilter filter(Locale locale) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("loa/problems");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new ConcurrencyLimitFilter(
        1,
        Duration.ofMillis(100),
        new ProblemRenderer(messages),
        new FixedLocaleResolver(locale),
        JsonMapper.builder().build(),
        SHED);
  }

  /**
   * A request that is inside the service, holding the filter's only permit until {@link #release}.
   */
  private Thread holdTheOnlyPermit(ConcurrencyLimitFilter filter) throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(1);
    Thread busy =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    filter.doFilter(
                        post(),
                        new MockHttpServletResponse(),
                        (req, res) -> {
                          reached.incrementAndGet();
                          inside.countDown();
                          try {
                            release.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                        });
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    return busy;
  }

  private MockHttpServletResponse send(
      ConcurrencyLimitFilter filter, MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> reached.incrementAndGet());
    return response;
  }

  private static MockHttpServletRequest post() {
    return new MockHttpServletRequest("POST", "/api/activities");
  }
}
