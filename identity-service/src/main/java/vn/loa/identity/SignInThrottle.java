package vn.loa.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password and client-secret guessing: a failed sign-in (the form answers with {@code
 * /login?error}) or a failed client authentication at the token endpoint ({@code 401}) takes a
 * token from the bucket of the address and from that of the account or client; when either is empty
 * the next attempt is answered {@code 429} with {@code Retry-After} before the password is even
 * checked. The account's bucket slows an attack spread over many addresses; it refills, so it never
 * locks a person out for long.
 */
final class SignInThrottle extends OncePerRequestFilter {

  private final Buckets addresses;
  private final Buckets accounts;

  SignInThrottle(
      double perAddressPerSecond,
      double addressBurst,
      double perAccountPerSecond,
      double accountBurst) {
    this.addresses = new Buckets(perAddressPerSecond, addressBurst);
    this.accounts = new Buckets(perAccountPerSecond, accountBurst);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod())
        || !(path.equals("/login") || path.startsWith("/oauth2/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = "addr:" + request.getRemoteAddr();
    String account = account(request);
    long now = System.nanoTime();
    Duration wait =
        max(
            addresses.waitFor(address, now),
            account == null ? Duration.ZERO : accounts.waitFor(account, now));
    if (!wait.isZero()) {
      tooMany(request, response, wait);
      return;
    }
    chain.doFilter(request, response);
    if (failed(request, response)) {
      addresses.take(address, System.nanoTime());
      if (account != null) {
        accounts.take(account, System.nanoTime());
      }
    }
  }

  /** The account tried: the form's user name, or the client id of a client authentication. */
  private static String account(HttpServletRequest request) {
    if (request.getRequestURI().equals("/login")) {
      String user = request.getParameter("username");
      return user == null ? null : "user:" + user.toLowerCase(Locale.ROOT);
    }
    String basic = request.getHeader("Authorization");
    if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return "client:" + (colon < 0 ? decoded : decoded.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    String clientId = request.getParameter("client_id");
    return clientId == null ? null : "client:" + clientId;
  }

  private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
    if (request.getRequestURI().equals("/login")) {
      String location = response.getHeader("Location");
      return location != null && location.contains("/login?error");
    }
    return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static void tooMany(
      HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (long) Math.ceil(wait.toMillis() / 1000.0));
    boolean english =
        request.getHeader("Accept-Language") != null
            && request.getHeader("Accept-Language").toLowerCase(Locale.ROOT).startsWith("en");
    String title = english ? "Too many failed sign-ins" : "Đăng nhập sai quá nhiều lần";
    String detail =
        english
            ? "Too many failed attempts for this account or from this address; nothing was checked."
                + " Try again in "
                + seconds
                + " s."
            : "Tài khoản hoặc địa chỉ này đã đăng nhập sai quá nhiều lần; yêu cầu chưa được kiểm"
                + " tra. Vui lòng thử lại sau "
                + seconds
                + " giây.";
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", english ? "en" : "vi");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:loa:problem:sign-in-throttled\",\"status\":429,\"title\":\""
                + title
                + "\",\"detail\":\""
                + detail
                + "\",\"instance\":\""
                + request.getRequestURI()
                + "\"}");
  }

  /** Token buckets by key, forgetting those that have refilled completely. */
  static final class Buckets {
    private final double rate;
    private final double burst;
    private final Map<String, double[]> state = new ConcurrentHashMap<>(); // {tokens, at (nanos)}
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    Buckets(double rate, double burst) {
      this.rate = rate;
      this.burst = burst;
    }

    Duration waitFor(String key, long now) {
      double[] b = state.get(key);
      if (b == null) {
        return Duration.ZERO;
      }
      synchronized (b) {
        double tokens = Math.min(burst, b[0] + (now - b[1]) / 1e9 * rate);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) ((1 - tokens) / rate * 1e9));
      }
    }

    void take(String key, long now) {
      sweep(now);
      double[] b = state.computeIfAbsent(key, k -> new double[] {burst, now});
      synchronized (b) {
        b[0] = Math.min(burst, b[0] + (now - b[1]) / 1e9 * rate) - 1;
        b[1] = now;
      }
    }

    private void sweep(long now) {
      long last = lastSweep.get();
      if (now - last > Duration.ofSeconds(30).toNanos() && lastSweep.compareAndSet(last, now)) {
        state
            .values()
            .removeIf(
                b -> {
                  synchronized (b) {
                    return b[0] + (now - b[1]) / 1e9 * rate >= burst;
                  }
                });
      }
    }
  }
}
