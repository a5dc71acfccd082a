package vn.loa.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems written by the gateway itself, in Vietnamese by default and English on request.
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /** Whether the caller asked for English ({@code Accept-Language: en…} first). */
  public static boolean english(ServerWebExchange exchange) {
    return exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream()
        .findFirst()
        .map(l -> l.getLanguage().equals(Locale.ENGLISH.getLanguage()))
        .orElse(false);
  }

  /**
   * Writes the problem {@code urn:loa:problem:<kind>} with the title and detail in the caller's
   * language.
   */
  public static Mono<Void> write(
      ServerWebExchange exchange,
      HttpStatus status,
      String kind,
      String titleVi,
      String detailVi,
      String titleEn,
      String detailEn) {
    boolean english = english(exchange);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:loa:problem:" + kind);
    problem.put("status", status.value());
    problem.put("title", english ? titleEn : titleVi);
    problem.put("detail", english ? detailEn : detailVi);
    problem.put("instance", exchange.getRequest().getPath().value());
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response
        .getHeaders()
        .setContentLanguage(english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }

  public static Mono<Void> unauthenticated(ServerWebExchange exchange) {
    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer realm=\"loa\"");
    return write(
        exchange,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "Chưa xác thực",
        "Yêu cầu cần mã truy cập hợp lệ (đăng nhập hoặc thông tin ứng dụng tích hợp); mã bị thiếu,"
            + " hết hạn hoặc không hợp lệ.",
        "Not authenticated",
        "The request needs a valid access token (sign-in or integration client credentials); it is"
            + " missing, expired or invalid.");
  }

  public static Mono<Void> forbidden(ServerWebExchange exchange) {
    return write(
        exchange,
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Không có quyền",
        "Yêu cầu bị từ chối (thiếu hoặc sai mã chống giả mạo CSRF, hoặc ngoài quyền được cấp).",
        "Forbidden",
        "The request was refused (a missing or wrong CSRF token, or outside the rights granted).");
  }
}
