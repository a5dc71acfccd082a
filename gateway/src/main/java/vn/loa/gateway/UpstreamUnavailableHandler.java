package vn.loa.gateway;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service that cannot be reached (down, restarting, or too busy to accept a connection) is {@code 503}
 * with {@code Retry-After} and an RFC 9457 problem — not the {@code 500} of an unexpected failure: the
 * request did not reach the service, so sending it again is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UpstreamUnavailableHandler implements WebExceptionHandler {

  static final String TYPE = "urn:loa:problem:service-unavailable";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (!unreachable(failure) || exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    boolean english = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales().stream()
        .findFirst()
        .map(l -> l.getLanguage().equals(Locale.ENGLISH.getLanguage()))
        .orElse(false);
    Map<String, Object> problem =
        Map.of(
            "type", TYPE,
            "status", HttpStatus.SERVICE_UNAVAILABLE.value(),
            "title", english ? "Service temporarily unavailable" : "Dịch vụ tạm thời không sẵn sàng",
            "detail",
                english
                    ? "The service could not be reached; nothing was done, retry in a moment."
                    : "Không kết nối được tới dịch vụ; yêu cầu chưa được thực hiện, vui lòng gửi lại sau giây lát.",
            "instance", exchange.getRequest().getPath().value());
    var response = exchange.getResponse();
    response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
    response.getHeaders().set("Retry-After", "1");
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    response.getHeaders().setContentLanguage(english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    DataBuffer body = response.bufferFactory().wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    return response.writeWith(Mono.just(body));
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }
}
