package vn.loa.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sheds load instead of falling over: at most {@code maxConcurrent} requests are worked on at once;
 * a request that cannot start within {@code queueTimeout} gets {@code 503} with {@code Retry-After}
 * and changes nothing. Without it, virtual threads accept requests faster than the store absorbs
 * them and a burst ends with the process out of memory (docs/benchmarks.md, freshness). Health
 * probes are never held back.
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "1";

  private final Semaphore permits;
  private final Duration queueTimeout;
  private final ProblemRenderer renderer;
  private final LocaleResolver locales;
  private final JsonMapper json;
  private final io.micrometer.core.instrument.Counter shed;

  /**
   * @param shed counts the requests turned away ({@code loa.web.shed}: what the alert "requests
   *     shed" watches)
   */
  public ConcurrencyLimitFilter(
      int maxConcurrent,
      Duration queueTimeout,
      ProblemRenderer renderer,
      LocaleResolver locales,
      JsonMapper json,
      io.micrometer.core.instrument.Counter shed) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("loa.web.max-concurrent-requests must be at least 1");
    }
    this.permits = new Semaphore(maxConcurrent, true);
    this.queueTimeout = queueTimeout;
    this.renderer = renderer;
    this.locales = locales;
    this.json = json;
    this.shed = shed;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.startsWith("/actuator/") || uri.equals("/livez") || uri.equals("/readyz");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      shed.increment();
      ProblemDetail body = renderer.render(Problems.overloaded(), locales.resolveLocale(request));
      body.setInstance(URI.create(request.getRequestURI()));
      response.setStatus(body.getStatus());
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), body);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }
}
