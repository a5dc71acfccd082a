package vn.loa.task.activity.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.loa.contracts.identity.Role;
import vn.loa.support.security.Access;
import vn.loa.support.web.ProblemRenderer;
import vn.loa.support.web.Problems;
import vn.loa.task.activity.importing.ImportJob;
import vn.loa.task.activity.importing.ImportTemplate;
import vn.loa.task.activity.importing.Imports;

@Tag(name = "Nhập tệp hoạt động", description = "Bulk import of activities from CSV/XLSX")
@RestController
@RequestMapping("/api/activities/imports")
class ImportController {

  private final Imports imports;
  private final ProblemRenderer renderer;
  private final Access access;

  ImportController(Imports imports, ProblemRenderer renderer, Access access) {
    this.imports = imports;
    this.renderer = renderer;
    this.access = access;
  }

  /** An import as the API shows it: progress, outcome, and each rejected row with its reasons. */
  record ImportView(
      String id,
      String fileName,
      String format,
      String status,
      long totalRows,
      long processedRows,
      long accepted,
      long created,
      long duplicates,
      long rejectedCount,
      List<RejectionView> rejections,
      String failure,
      String createdBy,
      Instant createdAt,
      Instant finishedAt) {}

  record RejectionView(long row, List<Map<String, String>> errors) {}

  ImportView view(ImportJob job) {
    var locale = LocaleContextHolder.getLocale();
    List<RejectionView> rejections =
        job.rejections().stream()
            .map(
                r ->
                    new RejectionView(
                        r.row(),
                        r.errors().stream()
                            .map(
                                e ->
                                    Map.of(
                                        "field",
                                        e.field(),
                                        "code",
                                        e.code(),
                                        "message",
                                        renderer.fieldMessage(e, locale)))
                            .toList()))
            .toList();
    return new ImportView(
        job.id(),
        job.fileName(),
        job.format(),
        job.status().name(),
        job.totalRows(),
        job.processedRows(),
        job.created() + job.duplicates(),
        job.created(),
        job.duplicates(),
        job.rejectedCount(),
        rejections,
        job.failure(),
        job.createdBy(),
        job.createdAt(),
        job.finishedAt());
  }

  /** Accepts a CSV or XLSX file (form field {@code file}) and imports it in the background. */
  @Operation(summary = "Nhập hoạt động từ tệp Excel hoặc CSV (xử lý nền)")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportView> upload(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw Problems.invalid("file", "empty-file");
    }
    access.write(access.caller().unitId());
    // The upload is on disk already (multipart); it is read from a file of its own, never into
    // memory.
    Path copy = Files.createTempFile("loa-upload-", ".part");
    try {
      file.transferTo(copy);
      ImportJob job =
          imports.accept(
              file.getOriginalFilename(), copy, access.caller().id(), access.caller().unitId());
      return ResponseEntity.accepted()
          .location(URI.create("/api/activities/imports/" + job.id()))
          .body(view(job));
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  @Operation(summary = "Tình trạng một lần nhập và các dòng bị từ chối")
  @GetMapping("/{id}")
  ImportView get(@PathVariable String id) {
    ImportJob job = imports.get(id);
    // An import is seen by whom it was made for: the importing caller's unit and the units above
    // it.
    if (job.scopeUnitId() == null
        ? !access.caller().has(Role.CITY_ADMIN)
        : !access.canRead(job.scopeUnitId())) {
      throw Access.forbidden();
    }
    return view(job);
  }

  /** The template with Vietnamese headers and one example row. */
  @Operation(summary = "Tải tệp mẫu nhập hoạt động (CSV)")
  @GetMapping("/template.csv")
  ResponseEntity<byte[]> csvTemplate() {
    return download(
        "mau-nhap-hoat-dong.csv",
        "text/csv;charset=UTF-8",
        ImportTemplate.csv().getBytes(StandardCharsets.UTF_8));
  }

  @Operation(summary = "Tải tệp mẫu nhập hoạt động (Excel)")
  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> xlsxTemplate() throws IOException {
    try (XSSFWorkbook workbook = ImportTemplate.xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return download(
          "mau-nhap-hoat-dong.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          out.toByteArray());
    }
  }

  private static ResponseEntity<byte[]> download(String name, String type, byte[] body) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(MediaType.parseMediaType(type))
        .body(body);
  }
}
