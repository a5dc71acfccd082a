package vn.loa.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every service's OpenAPI description says alike (issue 16): the bearer token of the identity
 * service, the RFC 9457 problem with its field errors, the answers a refusal gets, the gateway as
 * the one server. The paths are springdoc's, read from the controllers.
 */
public final class LoaOpenApi implements OpenApiCustomizer {

  /** The schema every error answer has. */
  public static final String PROBLEM = "Problem";

  static final String BEARER = "bearer";

  private final String service;

  public LoaOpenApi(String service) {
    this.service = service;
  }

  /** The document's head, before springdoc adds the paths. */
  public OpenAPI base() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Loa — " + service)
                .version("v1")
                .description(
                    "API của "
                        + service
                        + " (Loa: kế hoạch, nhiệm vụ, hoạt động tuyên truyền cải cách hành chính"
                        + " và báo cáo). Mọi lời gọi đi qua cổng (gateway) với mã truy cập"
                        + " (Bearer) của dịch vụ định danh; lỗi là RFC 9457 problem details, thông"
                        + " báo tiếng Việt (Accept-Language: en cho tiếng Anh)."))
        .servers(List.of(new Server().url("/").description("Cổng Loa (gateway)")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "Mã truy cập của dịch vụ định danh (OpenID Connect); trình duyệt đã"
                                + " đăng nhập dùng phiên của cổng."))
                .addSchemas(PROBLEM, problem()));
  }

  @Override
  public void customise(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(new Components());
    }
    api.getComponents().addSchemas(PROBLEM, problem());
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .values()
        .forEach(
            item -> {
              // A resource whose changes take If-Match: its reads and its changes answer with the
              // version as ETag (IfMatch.etag), to be sent back in the next If-Match.
              boolean versioned = item.readOperations().stream().anyMatch(LoaOpenApi::takesIfMatch);
              item.readOperationsMap()
                  .forEach(
                      (method, op) -> {
                        var responses = op.getResponses();
                        REFUSALS.forEach(
                            (status, words) -> {
                              if (!responses.containsKey(status)) {
                                responses.addApiResponse(status, refusal(words));
                              }
                            });
                        if (takesIfMatch(op)) {
                          describeIfMatch(op);
                        }
                        if (versioned && (takesIfMatch(op) || method == PathItem.HttpMethod.GET)) {
                          answersWithETag(op);
                        }
                      });
            });
  }

  static final String IF_MATCH = "If-Match";
  static final String ETAG = "ETag";

  static boolean takesIfMatch(Operation op) {
    return op.getParameters() != null
        && op.getParameters().stream()
            .anyMatch(p -> "header".equals(p.getIn()) && IF_MATCH.equalsIgnoreCase(p.getName()));
  }

  private static void describeIfMatch(Operation op) {
    op.getParameters().stream()
        .filter(p -> IF_MATCH.equalsIgnoreCase(p.getName()))
        .filter(p -> p.getDescription() == null)
        .forEach(
            p ->
                p.description(
                        "ETag của phiên bản đang sửa, như đã nhận khi xem (ví dụ \"2\"); có người"
                            + " đã sửa trước thì bị từ chối với 412")
                    .example("\"2\""));
    if (!op.getResponses().containsKey("412")) {
      op.getResponses()
          .addApiResponse(
              "412", refusal("Phiên bản đã cũ: có người đã sửa trước; xem lại để lấy ETag mới"));
    }
    if (!op.getResponses().containsKey("428")) {
      op.getResponses().addApiResponse("428", refusal("Thiếu If-Match (khi thao tác cần)"));
    }
  }

  private static void answersWithETag(Operation op) {
    op.getResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2")
                  && (response.getHeaders() == null || !response.getHeaders().containsKey(ETAG))) {
                response.addHeaderObject(
                    ETAG,
                    new Header()
                        .description("Phiên bản hiện tại, gửi lại trong If-Match khi sửa")
                        .schema(new StringSchema().example("\"2\"")));
              }
            });
  }

  /** The refusals any request may get, in the words a caller sees them. */
  static final Map<String, String> REFUSALS =
      Map.of(
          "400", "Dữ liệu không hợp lệ: errors[] nêu từng trường và lý do",
          "401", "Chưa đăng nhập hoặc mã truy cập không hợp lệ",
          "403", "Không có quyền với đơn vị này",
          "404", "Không tìm thấy",
          "429", "Quá nhiều yêu cầu, thử lại sau");

  private static ApiResponse refusal(String words) {
    return new ApiResponse()
        .description(words)
        .content(
            new Content()
                .addMediaType(
                    "application/problem+json",
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  @SuppressWarnings("rawtypes")
  static Schema problem() {
    Schema<?> error =
        new ObjectSchema()
            .addProperty("field", new StringSchema().example("quantity"))
            .addProperty("code", new StringSchema().example("min"))
            .addProperty(
                "message", new StringSchema().example("Số lượng: phải lớn hơn hoặc bằng 1."));
    return new ObjectSchema()
        .description("RFC 9457 problem details; errors[] for the fields refused")
        .addProperty("type", new StringSchema().example("urn:loa:problem:validation").format("uri"))
        .addProperty("title", new StringSchema().example("Dữ liệu không hợp lệ"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("errors", new ArraySchema().items(error));
  }
}
