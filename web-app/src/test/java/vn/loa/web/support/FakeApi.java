package vn.loa.web.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The public API as the page tests see it: a real HTTP server on a loopback socket that answers
 * each {@code METHOD path?query} with what the test set (the services' own answers, copied from
 * them) and keeps every request it got — method, path, headers, body — so a test asserts what the
 * pages sent: the person's token, the language, the idempotency key, the version. Unset requests
 * get the API's {@code 404} problem. The journeys in system-tests run the pages on the real API.
 */
public final class FakeApi implements AutoCloseable {

  /** A request the pages sent. */
  public record Request(String method, String uri, Map<String, List<String>> headers, byte[] body) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private record Answer(int status, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public FakeApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String uri = exchange.getRequestURI().toString();
          String method = exchange.getRequestMethod();
          requests.add(
              new Request(
                  method,
                  uri,
                  Map.copyOf(exchange.getRequestHeaders()),
                  exchange.getRequestBody().readAllBytes()));
          Answer a = answers.get(method + " " + uri);
          if (a == null) {
            a = answers.get(method + " " + exchange.getRequestURI().getPath());
          }
          if (a == null) {
            a =
                new Answer(
                    404,
                    "{\"status\":404,\"title\":\"Không tìm"
                        + " thấy\",\"type\":\"urn:loa:problem:not-found\"}",
                    Map.of("Content-Type", "application/problem+json"));
          }
          a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
          byte[] bytes = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code METHOD uri} (with or without its query) with JSON. */
  public FakeApi answer(String methodAndUri, int status, String json, String... headers) {
    Map<String, String> h = new java.util.HashMap<>();
    h.put("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    answers.put(methodAndUri, new Answer(status, json, h));
    return this;
  }

  public FakeApi json(String getUri, String json) {
    return answer("GET " + getUri, 200, json);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests of {@code method} whose path starts with {@code prefix}. */
  public List<Request> requests(String method, String prefix) {
    return requests.stream()
        .filter(r -> r.method().equals(method) && r.uri().startsWith(prefix))
        .toList();
  }

  public void reset() {
    answers.clear();
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
