package vn.loa.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form with a file larger than the pages accept is answered {@code 413} in words before anything
 * reads it — the CSRF check would otherwise start parsing it and the container answer with its own
 * English page. The container discards what the browser still sends ({@code
 * server.tomcat.max-swallow-size}), so the answer reaches the browser.
 */
final class UploadLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final PageErrors errors;

  UploadLimit(long maxBytes, PageErrors errors) {
    this.maxBytes = maxBytes;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > maxBytes) {
      errors.tooLarge(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
