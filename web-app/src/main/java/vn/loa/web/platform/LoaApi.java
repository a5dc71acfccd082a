package vn.loa.web.platform;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as the pages use it: every call goes to the gateway ({@code loa.web.api-url}) with
 * the signed-in person's access token and the page's language, so the services decide what the
 * person may see and do exactly as for any other client. A refusal becomes an {@link ApiProblem}
 * with the problem's texts.
 */
@Component
public class LoaApi {

  private final RestClient http;
  private final JsonMapper json;

  LoaApi(
      RestClient.Builder builder,
      JsonMapper json,
      @Value("${loa.web.api-url}") String apiUrl,
      @Value("${loa.web.api-timeout:10s}") Duration timeout) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    requests.setReadTimeout(timeout);
    this.json = json;
    this.http =
        builder
            .baseUrl(apiUrl)
            .requestFactory(requests)
            .requestInitializer(
                request -> {
                  request.getHeaders().setBearerAuth(SignedIn.current().token());
                  request
                      .getHeaders()
                      .set(
                          HttpHeaders.ACCEPT_LANGUAGE,
                          LocaleContextHolder.getLocale().toLanguageTag());
                })
            .defaultStatusHandler(
                HttpStatusCode::isError,
                (request, response) -> {
                  throw problem(
                      response.getStatusCode().value(), response.getBody().readAllBytes());
                })
            .build();
  }

  /** The resource at {@code path} (a URI template with {@code vars}). */
  public <T> T get(Class<T> type, String path, Object... vars) {
    return http.get().uri(path, vars).accept(MediaType.APPLICATION_JSON).retrieve().body(type);
  }

  /** A list at {@code path}. */
  public <T> List<T> list(ParameterizedTypeReference<List<T>> type, String path, Object... vars) {
    List<T> body =
        http.get().uri(path, vars).accept(MediaType.APPLICATION_JSON).retrieve().body(type);
    return body == null ? List.of() : body;
  }

  /** The resource at {@code path}, or nothing when the API answers {@code 404}. */
  public <T> Optional<T> find(Class<T> type, String path, Object... vars) {
    try {
      return Optional.ofNullable(get(type, path, vars));
    } catch (ApiProblem p) {
      if (p.status() == 404) {
        return Optional.empty();
      }
      throw p;
    }
  }

  /** A JSON request ({@code POST}, {@code PUT}) with extra headers (name, value, …). */
  public <T> Versioned<T> send(
      org.springframework.http.HttpMethod method,
      Class<T> type,
      Object body,
      List<String> headers,
      String path,
      Object... vars) {
    var spec = http.method(method).uri(path, vars).accept(MediaType.APPLICATION_JSON);
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      spec = spec.header(headers.get(i), headers.get(i + 1));
    }
    if (body != null) {
      spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    var entity = spec.retrieve().toEntity(type);
    return new Versioned<>(
        entity.getBody(),
        entity.getHeaders().getETag(),
        "true".equals(entity.getHeaders().getFirst("Idempotent-Replayed")));
  }

  /** A file as the multipart form field {@code file}. */
  public <T> T upload(
      Class<T> type,
      String fileName,
      String contentType,
      org.springframework.core.io.Resource content,
      String path,
      Object... vars) {
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.parseMediaType(contentType));
    part.setContentDispositionFormData("file", fileName);
    org.springframework.util.LinkedMultiValueMap<String, Object> parts =
        new org.springframework.util.LinkedMultiValueMap<>();
    parts.add(
        "file", new org.springframework.http.HttpEntity<>(new Named(content, fileName), part));
    return http.post()
        .uri(path, vars)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .body(type);
  }

  /**
   * A body, the ETag the API answered with (its version, for a later {@code If-Match}) and whether
   * the API replayed an earlier answer to the same {@code Idempotency-Key}.
   */
  public record Versioned<T>(T body, String etag, boolean replayed) {}

  /**
   * A file read as it is sent (from the disk where the request's upload lies), under its own name.
   */
  private static final class Named extends org.springframework.core.io.AbstractResource {
    private final org.springframework.core.io.Resource content;
    private final String name;

    Named(org.springframework.core.io.Resource content, String name) {
      this.content = content;
      this.name = name;
    }

    @Override
    public java.io.InputStream getInputStream() throws java.io.IOException {
      return content.getInputStream();
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public long contentLength() throws java.io.IOException {
      return content.contentLength();
    }

    @Override
    public String getDescription() {
      return "upload " + name;
    }
  }

  private ApiProblem problem(int status, byte[] body) {
    String title = null;
    String detail = null;
    List<ApiProblem.FieldError> errors = new ArrayList<>();
    try {
      JsonNode problem = json.readTree(body);
      title = text(problem, "title");
      detail = text(problem, "detail");
      for (JsonNode e : problem.path("errors")) {
        errors.add(new ApiProblem.FieldError(text(e, "field"), text(e, "message")));
      }
    } catch (RuntimeException notJson) {
      // A proxy's or a crashed service's answer: the status says enough.
    }
    return new ApiProblem(status, title == null ? "HTTP " + status : title, detail, errors);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
