package vn.loa.gateway;

import java.net.ConnectException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import vn.loa.gateway.security.Problems;

/**
 * A service that cannot be reached (down, restarting, or too busy to accept a connection) is {@code
 * 503} with {@code Retry-After} and an RFC 9457 problem — not the {@code 500} of an unexpected
 * failure: the request did not reach the service, so sending it again is safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UpstreamUnavailableHandler implements WebExceptionHandler {

  static final String TYPE = "urn:loa:problem:service-unavailable";

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (!unreachable(failure) || exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    exchange.getResponse().getHeaders().set("Retry-After", "1");
    return Problems.write(
        exchange,
        HttpStatus.SERVICE_UNAVAILABLE,
        "service-unavailable",
        "Dịch vụ tạm thời không sẵn sàng",
        "Không kết nối được tới dịch vụ; yêu cầu chưa được thực hiện, vui lòng gửi lại sau giây"
            + " lát.",
        "Service temporarily unavailable",
        "The service could not be reached; nothing was done, retry in a moment.");
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
