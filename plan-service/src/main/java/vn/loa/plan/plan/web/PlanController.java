package vn.loa.plan.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.plan.plan.Plan;
import vn.loa.plan.plan.PlanStatus;
import vn.loa.plan.plan.Plans;
import vn.loa.plan.plan.web.document.PlanDocument;
import vn.loa.support.security.Access;
import vn.loa.support.security.UnitScope;
import vn.loa.support.web.IfMatch;
import vn.loa.support.web.PdfConverter;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

@Tag(
    name = "Kế hoạch",
    description =
        "Plans: drafts, issue, amend, revoke, revisions, the plan as its Word/PDF document")
@RestController
@RequestMapping("/api/plans")
class PlanController {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Plans plans;
  private final Access access;
  private final UnitScope scope;
  private final PlanDocument documents;
  private final PdfConverter pdf;

  PlanController(
      Plans plans, Access access, UnitScope scope, PlanDocument documents, PdfConverter pdf) {
    this.plans = plans;
    this.access = access;
    this.scope = scope;
    this.documents = documents;
    this.pdf = pdf;
  }

  /**
   * Who sees a plan: the issuer's subtree, always; and once issued, every unit below the issuer —
   * the addressees that implement it and their own units.
   */
  private boolean visible(Plan plan) {
    String issuer = plan.content().issuerId();
    return access.canRead(issuer)
        || (plan.status() != PlanStatus.DRAFT && scope.covers(issuer, access.caller().unitId()));
  }

  private Plan readable(String id) {
    Plan plan = plans.get(id);
    if (!visible(plan)) {
      throw Access.forbidden();
    }
    return plan;
  }

  /** Only the issuer's own officials draft, edit, issue, amend and revoke its plans. */
  private void issuerOf(String id) {
    access.officialOf(readable(id).content().issuerId());
  }

  /** A new draft. */
  @Operation(summary = "Soạn một kế hoạch mới (bản nháp)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanView> draft(
      @RequestBody PlanContent content,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    if (content != null && content.issuerId() != null) {
      access.officialOf(content.issuerId());
    }
    Plans.Created created = plans.draft(content, access.caller().id(), key);
    return ResponseEntity.created(URI.create("/api/plans/" + created.plan().id()))
        .eTag(IfMatch.etag(created.plan().version()))
        .header("Idempotent-Replayed", Boolean.toString(created.replayed()))
        .body(PlanView.of(created.plan()));
  }

  /** Replaces a draft's content (drafts only). */
  @Operation(summary = "Sửa nội dung bản nháp (theo If-Match)")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanView> edit(
      @PathVariable String id,
      @RequestBody PlanContent content,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    issuerOf(id);
    return ok(plans.edit(id, content, IfMatch.required(ifMatch), access.caller().id()));
  }

  @Operation(summary = "Xem một kế hoạch (kèm ETag)")
  @GetMapping("/{id}")
  ResponseEntity<PlanView> get(@PathVariable String id) {
    return ok(readable(id));
  }

  /**
   * The plan's current version as the Word document its issuer signs, in the layout of Decree
   * 30/2020/NĐ-CP; a draft is marked so and has no number. Whoever may read the plan may download
   * it.
   */
  @Operation(summary = "Tải kế hoạch dạng Word (.docx) theo thể thức Nghị định 30/2020/NĐ-CP")
  @GetMapping("/{id}/document.docx")
  ResponseEntity<byte[]> document(@PathVariable String id) {
    return download(id, ".docx", MediaType.parseMediaType(DOCX), documents.docx(readable(id)));
  }

  /** The same document as PDF (LibreOffice); {@code 503} where the server has no converter. */
  @Operation(summary = "Tải kế hoạch dạng PDF")
  @GetMapping("/{id}/document.pdf")
  ResponseEntity<byte[]> documentPdf(@PathVariable String id) {
    return download(id, ".pdf", MediaType.APPLICATION_PDF, pdf.pdf(documents.docx(readable(id))));
  }

  private static ResponseEntity<byte[]> download(
      String id, String suffix, MediaType type, byte[] body) {
    return vn.loa.spreadsheet.TableExport.attachment("ke-hoach-" + id + suffix, type, body);
  }

  /** One issued revision as it was issued. */
  @Operation(summary = "Xem một lần ban hành (bản sửa đổi) của kế hoạch")
  @GetMapping("/{id}/revisions/{revision}")
  ResponseEntity<RevisionView> revision(@PathVariable String id, @PathVariable int revision) {
    Plan plan = readable(id);
    return plan.history().stream()
        .filter(r -> r.revision() == revision)
        .findFirst()
        .map(
            r ->
                ResponseEntity.ok(
                    new RevisionView(id, r.revision(), r.content(), r.issuedAt(), r.issuedBy())))
        .orElseThrow(() -> Problems.notFound("plan-revision", id + "/" + revision));
  }

  record RevisionView(
      String id,
      int revision,
      @com.fasterxml.jackson.annotation.JsonUnwrapped PlanContent content,
      java.time.Instant issuedAt,
      String issuedBy) {}

  /** Plans of an issuer touching a year. */
  @Operation(summary = "Danh sách kế hoạch của một đơn vị ban hành trong một năm")
  @GetMapping
  List<PlanView> list(
      @RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year) {
    Violations v = new Violations();
    if (year != null) {
      v.range("year", year.longValue(), 2000, 2100);
    }
    v.throwIfAny();
    return plans.list(issuer, year).stream().filter(this::visible).map(PlanView::of).toList();
  }

  @Operation(summary = "Ban hành kế hoạch (theo If-Match)")
  @PostMapping("/{id}/issue")
  ResponseEntity<PlanView> issue(
      @PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    issuerOf(id);
    return ok(plans.issue(id, IfMatch.optional(ifMatch), access.caller().id()));
  }

  /** A new revision of an issued plan, issued at once; the previous revision stays readable. */
  @Operation(summary = "Sửa đổi, bổ sung kế hoạch đã ban hành (ban hành ngay bản mới)")
  @PostMapping(path = "/{id}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanView> amend(
      @PathVariable String id,
      @RequestBody PlanContent content,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    issuerOf(id);
    return ok(plans.amend(id, content, IfMatch.required(ifMatch), access.caller().id()));
  }

  @Operation(summary = "Thu hồi kế hoạch đã ban hành")
  @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanView> revoke(
      @PathVariable String id,
      @RequestBody Plans.Revocation revocation,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    issuerOf(id);
    return ok(plans.revoke(id, revocation, IfMatch.optional(ifMatch), access.caller().id()));
  }

  private static ResponseEntity<PlanView> ok(Plan plan) {
    return ResponseEntity.ok().eTag(IfMatch.etag(plan.version())).body(PlanView.of(plan));
  }
}
