package vn.loa.task.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;
import vn.loa.support.web.Violations;
import vn.loa.task.activity.Activities;
import vn.loa.task.activity.Activity;
import vn.loa.task.activity.ActivityContent;
import vn.loa.task.activity.Evidence;

@Tag(
    name = "Hoạt động",
    description = "Activities: record, correct, withdraw, evidence, lists and spreadsheets")
@RestController
@RequestMapping("/api/activities")
class ActivityController {

  static final int MAX_PAGE_SIZE = 500;

  private final Activities activities;
  private final Evidence evidence;
  private final Access access;

  ActivityController(Activities activities, Evidence evidence, Access access) {
    this.activities = activities;
    this.evidence = evidence;
    this.access = access;
  }

  /** The activity, if the caller may see its unit's data. */
  private Activity readable(String id) {
    Activity activity = activities.get(id);
    access.read(activity.unitId());
    return activity;
  }

  /** The activity, if the caller may change its unit's data. */
  private Activity writable(String id) {
    Activity activity = activities.get(id);
    access.write(activity.unitId());
    return activity;
  }

  @Operation(
      summary = "Ghi nhận một hoạt động tuyên truyền",
      description =
          "Hoạt động của một đơn vị (xã, phòng, sở) được tính ngay vào số liệu của đơn vị đó và"
              + " các cấp trên. Gửi lại cùng Idempotency-Key (ví dụ khi mạng chập chờn) không ghi"
              + " hai lần: trả lại đúng hoạt động đã ghi, với Idempotent-Replayed: true.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "Phát thanh",
                              value =
                                  """
                                  {"unitId": "hp-kim-thanh-vhxh", "category": "BROADCAST",
                                   "occurredOn": "2025-08-05",
                                   "title": "Phát thanh chuyên mục CCHC trên Đài truyền thanh xã",
                                   "quantity": 12, "outlet": "Đài truyền thanh xã"}\
                                  """))),
      responses =
          @ApiResponse(
              responseCode = "201",
              description = "Đã ghi nhận",
              headers = {
                @Header(name = "Location", description = "Địa chỉ của hoạt động"),
                @Header(name = "ETag", description = "Phiên bản, gửi lại trong If-Match khi sửa"),
                @Header(
                    name = "Idempotent-Replayed",
                    description = "true khi đây là lần gửi lại của cùng Idempotency-Key")
              }))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ActivityView> record(
      @RequestBody ActivityContent request,
      @Parameter(
              description =
                  "Khóa do bên gửi tạo cho mỗi lần ghi; gửi lại cùng khóa không ghi hai lần")
          @RequestHeader(name = "Idempotency-Key", required = false)
          String idempotencyKey) {
    if (request != null && request.unitId() != null) {
      access.write(request.unitId());
    }
    Activities.Recorded recorded = activities.record(request, access.caller().id(), idempotencyKey);
    Activity activity = recorded.activity();
    return ResponseEntity.created(URI.create("/api/activities/" + activity.id()))
        .eTag(IfMatch.etag(activity.version()))
        .header("Idempotent-Replayed", Boolean.toString(recorded.replayed()))
        .body(ActivityView.of(activity));
  }

  @Operation(
      summary = "Xem một hoạt động",
      description = "Kèm ETag: phiên bản để sửa hoặc thu hồi.")
  @GetMapping("/{id}")
  ResponseEntity<ActivityView> get(@PathVariable String id) {
    Activity activity = readable(id);
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(activity.version()))
        .body(ActivityView.of(activity));
  }

  /** A correction: the full new content, for the version named in {@code If-Match}. */
  @Operation(
      summary = "Sửa một hoạt động",
      description =
          "Toàn bộ nội dung mới, cho phiên bản nêu trong If-Match (ETag đã nhận). Số liệu tổng hợp"
              + " thay phần của phiên bản cũ bằng phiên bản mới, không cộng thêm. Phiên bản đã cũ:"
              + " 412.")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ActivityView> correct(
      @PathVariable String id,
      @RequestBody ActivityContent request,
      @Parameter(description = "ETag của phiên bản đang sửa, ví dụ \"2\"")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch) {
    long expected = IfMatch.required(ifMatch);
    writable(id);
    if (request != null && request.unitId() != null) {
      access.write(request.unitId());
    }
    Activity corrected = activities.correct(id, request, expected, access.caller().id());
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(corrected.version()))
        .body(ActivityView.of(corrected));
  }

  /** A withdrawal: the activity stays readable, marked withdrawn, and no longer counts. */
  @Operation(
      summary = "Thu hồi một hoạt động",
      description = "Hoạt động vẫn xem được, đánh dấu đã thu hồi, và không còn được tính.")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> withdraw(
      @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    writable(id);
    Activity withdrawn = activities.withdraw(id, IfMatch.optional(ifMatch), access.caller().id());
    return ResponseEntity.noContent().eTag(IfMatch.etag(withdrawn.version())).build();
  }

  /** Attaches an evidence file (form field {@code file}): the activity's next version. */
  @Operation(summary = "Đính kèm một tệp minh chứng cho hoạt động (multipart, trường file)")
  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ActivityView> attach(
      @PathVariable String id,
      @RequestPart("file") MultipartFile file,
      @RequestHeader(name = "If-Match", required = false) String ifMatch)
      throws java.io.IOException {
    writable(id);
    Activity attached =
        evidence.attach(
            id,
            file.getOriginalFilename(),
            file.getSize(),
            file.getInputStream(),
            IfMatch.optional(ifMatch),
            access.caller().id());
    Activity.EvidenceFile added = attached.evidenceFiles().getLast();
    return ResponseEntity.created(
            URI.create("/api/activities/" + id + "/evidence/" + added.fileId()))
        .eTag(IfMatch.etag(attached.version()))
        .body(ActivityView.of(attached));
  }

  @Operation(summary = "Tải một tệp minh chứng")
  @GetMapping("/{id}/evidence/{fileId}")
  ResponseEntity<org.springframework.core.io.Resource> evidence(
      @PathVariable String id, @PathVariable String fileId) {
    readable(id);
    Evidence.File file = evidence.read(id, fileId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.info().contentType()))
        .contentLength(file.info().size())
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(file.info().name(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }

  /** Who recorded, corrected or withdrew the activity, when, and what changed, oldest first. */
  @Operation(summary = "Lịch sử các phiên bản của một hoạt động")
  @GetMapping("/{id}/history")
  List<vn.loa.support.audit.AuditEntry> history(@PathVariable String id) {
    return readable(id).history();
  }

  @Operation(summary = "Danh sách hoạt động của một đơn vị")
  @GetMapping
  List<ActivityView> list(
      @RequestParam String unit,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Violations v = new Violations();
    v.range("page", (long) page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    v.range("size", (long) size, 1, MAX_PAGE_SIZE);
    if (from != null && to != null && from.isAfter(to)) {
      v.add("to", "before-from");
    }
    v.throwIfAny();
    access.read(unit);
    return activities.list(unit, from, to, category, page, size).stream()
        .map(ActivityView::of)
        .toList();
  }
}
