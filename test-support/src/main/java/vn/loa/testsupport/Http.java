package vn.loa.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to a service (or the gateway) the way a user's client
 * does: over a real socket, with JSON bodies and whatever headers the test sets.
 */
public final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final HttpClient client;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

  public Http(String baseUrl) {
    this(
        baseUrl,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build());
  }

  private Http(String baseUrl, HttpClient client) {
    this.baseUrl = baseUrl;
    this.client = client;
  }

  /**
   * A client whose connections come from {@code localAddress} (e.g. {@code 127.0.0.2}: every
   * address of 127.0.0.0/8 is this machine), so a test can be two callers at different addresses.
   */
  public Http from(String localAddress) {
    try {
      Http copy =
          new Http(
              baseUrl,
              HttpClient.newBuilder()
                  .connectTimeout(Duration.ofSeconds(5))
                  .version(HttpClient.Version.HTTP_1_1)
                  .localAddress(java.net.InetAddress.getByName(localAddress))
                  .build());
      copy.defaultHeaders.putAll(defaultHeaders);
      return copy;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(localAddress, e);
    }
  }

  public static Http localhost(int port) {
    return new Http("http://127.0.0.1:" + port);
  }

  /** A client that sends {@code token} as its bearer access token on every request. */
  public Http as(String token) {
    return with("Authorization", "Bearer " + token);
  }

  /**
   * Asks this server's token endpoint for a client-credentials token (HTTP Basic client
   * authentication).
   */
  public Response clientCredentials(String clientId, String secret) {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return send(
        "POST",
        "/oauth2/token",
        "grant_type=client_credentials".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "Content-Type",
        "application/x-www-form-urlencoded",
        "Authorization",
        "Basic " + basic);
  }

  /** A client that sends {@code name: value} on every request. */
  public Http with(String name, String value) {
    Http copy = new Http(baseUrl, client);
    copy.defaultHeaders.putAll(defaultHeaders);
    copy.defaultHeaders.put(name, value);
    return copy;
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Response post(String path, Object body, String... headers) {
    return send("POST", path, body, headers);
  }

  public Response put(String path, Object body, String... headers) {
    return send("PUT", path, body, headers);
  }

  public Response patch(String path, Object body, String... headers) {
    return send("PATCH", path, body, headers);
  }

  public Response delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** Uploads one file as {@code multipart/form-data}, in the form field {@code field}. */
  public Response upload(
      String path,
      String field,
      String fileName,
      byte[] content,
      String contentType,
      String... headers) {
    String boundary = "loa-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\n"
            + "Content-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "multipart/form-data; boundary=" + boundary;
    return send("POST", path, body.toByteArray(), all);
  }

  /**
   * Sends a request. A {@code String} body is sent as it is (to test malformed input), a {@code
   * byte[]} as raw bytes, anything else as JSON.
   */
  public Response send(String method, String path, Object body, String... headers) {
    HttpRequest.BodyPublisher publisher =
        switch (body) {
          case null -> HttpRequest.BodyPublishers.noBody();
          case String s -> HttpRequest.BodyPublishers.ofString(s);
          case byte[] b -> HttpRequest.BodyPublishers.ofByteArray(b);
          default -> HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        };
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, publisher);
    if (body != null) {
      request.setHeader("Content-Type", "application/json");
    }
    defaultHeaders.forEach(request::setHeader);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (java.net.http.HttpTimeoutException e) {
      // A request nobody answered: what every thread of this JVM (the service under test runs in
      // it too) is doing, so the hang can be found, not only seen.
      System.err.println("NO ANSWER to " + method + " " + baseUrl + path + "; threads:");
      Thread.getAllStackTraces()
          .forEach(
              (thread, stack) -> {
                System.err.println("\"" + thread.getName() + "\" " + thread.getState());
                for (StackTraceElement frame : stack) {
                  System.err.println("    at " + frame);
                }
              });
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed as JSON on demand. */
  public record Response(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

    public JsonNode json() {
      return bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
    }

    public String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }
}
