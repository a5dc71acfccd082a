package vn.loa.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with {@code 413} before anything reads them: a declared
 * {@code Content-Length} is checked up front, an undeclared (chunked) body is cut off while it is read.
 * File uploads (multipart) have their own, larger limit.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final long maxUploadBytes;
  private final ProblemRenderer renderer;
  private final LocaleResolver locales;
  private final JsonMapper json;

  public RequestSizeLimitFilter(
      long maxBodyBytes, long maxUploadBytes, ProblemRenderer renderer, LocaleResolver locales, JsonMapper json) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
    this.renderer = renderer;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
    long limit = upload ? maxUploadBytes : maxBodyBytes;
    if (request.getContentLengthLong() > limit) {
      ProblemDetail body = renderer.render(Problems.tooLarge(limit), locales.resolveLocale(request));
      body.setInstance(URI.create(request.getRequestURI()));
      response.setStatus(body.getStatus());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      // The unread body is not drained: ask the client to stop sending it.
      response.setHeader("Connection", "close");
      json.writeValue(response.getOutputStream(), body);
      return;
    }
    chain.doFilter(upload ? request : new Limited(request, limit), response);
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long limit;
    private long read;

    Counting(ServletInputStream delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    private int count(int n) throws PayloadTooLargeException {
      if (n > 0) {
        read += n;
        if (read > limit) {
          throw new PayloadTooLargeException(limit);
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return count(delegate.read(b, off, len));
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
