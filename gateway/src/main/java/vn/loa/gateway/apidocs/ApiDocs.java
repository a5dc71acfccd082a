package vn.loa.gateway.apidocs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v3/api-docs}: the OpenAPI descriptions of plan-service, task-service and
 * report-aggregator, as one document — every path, its schemas and the shared security and problem
 * — since an integrator sees one API behind one gateway. A service that does not answer is named in
 * the document's description instead of its paths.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

  static final List<String> SERVICES = List.of("plan-service", "task-service", "report-aggregator");

  @Bean
  RouterFunction<ServerResponse> apiDocsRoute(
      @Value("${loa.services.plan-service}") String plan,
      @Value("${loa.services.task-service}") String task,
      @Value("${loa.services.report-aggregator}") String report) {
    JsonMapper json = JsonMapper.builder().build();
    // Connections retired before a service's own keep-alive limit can close one under a request.
    WebClient client =
        WebClient.builder()
            .clientConnector(
                new ReactorClientHttpConnector(
                    HttpClient.create(
                        ConnectionProvider.builder("api-docs")
                            .maxIdleTime(Duration.ofSeconds(10))
                            .build())))
            .build();
    Map<String, String> bases =
        Map.of("plan-service", plan, "task-service", task, "report-aggregator", report);
    return RouterFunctions.route()
        .GET(
            "/v3/api-docs",
            request ->
                Flux.fromIterable(SERVICES)
                    .concatMap(
                        service ->
                            client
                                .get()
                                .uri(bases.get(service) + "/v3/api-docs")
                                .retrieve()
                                .bodyToMono(String.class)
                                .timeout(Duration.ofSeconds(10))
                                .map(body -> new Part(service, json.readTree(body)))
                                .onErrorResume(e -> Mono.just(new Part(service, null))))
                    .collectList()
                    .map(parts -> merge(json, parts))
                    .flatMap(
                        doc ->
                            ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(json.writeValueAsString(doc))))
        .build();
  }

  record Part(String service, JsonNode doc) {}

  /**
   * One document of the parts: their paths and tags side by side; their schemas by name (the same
   * name in two services is one schema when they agree, else the later is kept under its service's
   * name and its references follow it).
   */
  static ObjectNode merge(JsonMapper json, List<Part> parts) {
    ObjectNode out = json.createObjectNode();
    out.put("openapi", "3.1.0");
    ObjectNode info = out.putObject("info");
    info.put("title", "Loa API");
    info.put("version", "v1");
    StringBuilder about =
        new StringBuilder(
            "Toàn bộ API của Loa qua cổng: kế hoạch và chỉ đạo (plan-service), nhiệm vụ và hoạt"
                + " động (task-service), số liệu, chỉ tiêu và báo cáo (report-aggregator).");
    out.putArray("servers").addObject().put("url", "/").put("description", "Cổng Loa (gateway)");
    // Either an access token, or the session of a person signed in at the gateway (a browser).
    var either = out.putArray("security");
    either.addObject().putArray("bearer");
    either.addObject().putArray("session");
    ObjectNode paths = out.putObject("paths");
    ObjectNode components = out.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode security = components.putObject("securitySchemes");
    security
        .putObject("session")
        .put("type", "apiKey")
        .put("in", "cookie")
        .put("name", "SESSION")
        .put(
            "description",
            "Phiên của người đã đăng nhập tại cổng (trình duyệt); thay đổi dữ liệu cần thêm"
                + " X-XSRF-TOKEN từ cookie XSRF-TOKEN.");
    for (Part part : parts) {
      if (part.doc() == null) {
        about.append(" (").append(part.service()).append(" không trả lời: thiếu phần của nó.)");
        continue;
      }
      JsonNode doc = part.doc();
      Map<String, String> renamed = new java.util.HashMap<>();
      doc.path("components")
          .path("schemas")
          .properties()
          .forEach(
              sc -> {
                JsonNode held = schemas.get(sc.getKey());
                if (held != null && !held.equals(sc.getValue())) {
                  renamed.put(sc.getKey(), prefix(part.service()) + sc.getKey());
                }
              });
      if (!renamed.isEmpty()) {
        String text = json.writeValueAsString(doc);
        for (Map.Entry<String, String> r : renamed.entrySet()) {
          text =
              text.replace(
                  "\"#/components/schemas/" + r.getKey() + "\"",
                  "\"#/components/schemas/" + r.getValue() + "\"");
        }
        doc = json.readTree(text);
      }
      doc.path("components")
          .path("schemas")
          .properties()
          .forEach(
              sc -> schemas.set(renamed.getOrDefault(sc.getKey(), sc.getKey()), sc.getValue()));
      doc.path("paths").properties().forEach(p -> paths.set(p.getKey(), p.getValue()));
      doc.path("components")
          .path("securitySchemes")
          .properties()
          .forEach(p -> security.set(p.getKey(), p.getValue()));
      if (doc.has("tags")) {
        doc.get("tags").forEach(t -> out.withArray("tags").add(t));
      }
    }
    info.put("description", about.toString());
    return out;
  }

  /** {@code task-service} → {@code TaskService}. */
  static String prefix(String service) {
    StringBuilder b = new StringBuilder();
    for (String word : service.split("-")) {
      b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return b.toString();
  }
}
