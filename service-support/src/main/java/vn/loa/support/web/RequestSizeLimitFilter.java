package vn.loa.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives a request's whole body before the request may take one of the service's working slots
 * ({@link ConcurrencyLimitFilter} runs after this), so a client that sends its body slowly holds a
 * connection, never a slot: a slow body cannot make the service refuse everyone else.
 *
 * <ul>
 *   <li>A body over the limit is {@code 413} before anything reads it: a declared {@code
 *       Content-Length} is checked up front, an undeclared (chunked) one is cut off while it is
 *       received. File uploads (multipart) have their own, larger limit and are received into
 *       temporary files by the servlet container, never into memory.
 *   <li>A body not received within {@code bodyTimeout} in all is {@code 408}; each single read is
 *       also bounded by the container's connection timeout.
 * </ul>
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  /** Declared bodies up to this many times the upload limit are read and discarded before a 413. */
  static final long DRAIN_FACTOR = 4;

  private final long maxBodyBytes;
  private final long maxUploadBytes;
  private final Duration bodyTimeout;
  private final ProblemRenderer renderer;
  private final LocaleResolver locales;
  private final JsonMapper json;

  public RequestSizeLimitFilter(
      long maxBodyBytes,
      long maxUploadBytes,
      Duration bodyTimeout,
      ProblemRenderer renderer,
      LocaleResolver locales,
      JsonMapper json) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
    this.bodyTimeout = bodyTimeout;
    this.renderer = renderer;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
    long limit = upload ? maxUploadBytes : maxBodyBytes;
    if (request.getContentLengthLong() > limit) {
      // A client that sends its whole body before it reads the answer would see the connection
      // reset instead of this 413 if the body were left unread: a body of reasonable size is read
      // and thrown away first (bounded by time, never kept); a larger one is refused with the
      // connection closed.
      boolean drained =
          request.getContentLengthLong() <= DRAIN_FACTOR * maxUploadBytes
              && drain(request, bodyTimeout);
      refuse(request, response, Problems.tooLarge(limit), !drained);
      return;
    }
    boolean hasBody =
        request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    if (!hasBody) {
      chain.doFilter(request, response);
      return;
    }
    long deadline = System.nanoTime() + bodyTimeout.toNanos();
    HttpServletRequest received;
    try {
      if (upload) {
        try {
          request
              .getParts(); // the container receives the parts into temporary files, within its own
          // limits
        } catch (RuntimeException malformed) {
          // Over the container's multipart limits, or malformed (a NUL in a file name, a broken
          // boundary).
          if (isTimeout(malformed)) {
            throw new BodyTimeoutException();
          }
          refuse(
              request,
              response,
              tooLargeCause(malformed)
                  ? Problems.tooLarge(limit)
                  : Problems.invalid("file", "malformed-multipart"));
          return;
        }
        received = request;
      } else {
        received = new Buffered(request, receive(request.getInputStream(), limit, deadline));
      }
    } catch (PayloadTooLargeException e) {
      refuse(request, response, Problems.tooLarge(limit));
      return;
    } catch (BodyTimeoutException e) {
      refuse(request, response, Problems.bodyTimeout(bodyTimeout.toSeconds()));
      return;
    } catch (IllegalStateException | IOException | ServletException e) {
      if (System.nanoTime() > deadline || isTimeout(e)) {
        refuse(request, response, Problems.bodyTimeout(bodyTimeout.toSeconds()));
        return;
      }
      // A malformed or too large multipart body: the handler's advice answers it with a problem.
      received = request;
    }
    if (System.nanoTime() > deadline) {
      refuse(request, response, Problems.bodyTimeout(bodyTimeout.toSeconds()));
      return;
    }
    chain.doFilter(received, response);
  }

  private static boolean tooLargeCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
          || t.getClass().getSimpleName().contains("SizeException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** The whole body, at most {@code limit} bytes, received before {@code deadline} (nanoTime). */
  static byte[] receive(InputStream in, long limit, long deadline) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      body.write(buffer, 0, n);
      if (body.size() > limit) {
        throw new PayloadTooLargeException(limit);
      }
      if (System.nanoTime() > deadline) {
        throw new BodyTimeoutException();
      }
    }
    return body.toByteArray();
  }

  /**
   * Reads and discards the body (an 8 KiB buffer) within {@code timeout}; whether it ended in time.
   */
  private static boolean drain(HttpServletRequest request, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[8192];
    try (InputStream in = request.getInputStream()) {
      while (in.read(buffer) != -1) {
        if (System.nanoTime() > deadline) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, ProblemException problem)
      throws IOException {
    refuse(request, response, problem, true);
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemException problem,
      boolean close)
      throws IOException {
    ProblemDetail body = renderer.render(problem, locales.resolveLocale(request));
    body.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(body.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (close) {
      // The unread rest of the body is not drained: ask the client to stop sending it.
      response.setHeader("Connection", "close");
    }
    json.writeValue(response.getOutputStream(), body);
  }

  static final class BodyTimeoutException extends IOException {
    BodyTimeoutException() {
      super("request body not received in time");
    }
  }

  /** The request with its body already received. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body has been received already");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(
              getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
