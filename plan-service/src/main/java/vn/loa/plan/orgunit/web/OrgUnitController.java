package vn.loa.plan.orgunit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.identity.Role;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnits;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;

@Tag(
    name = "Đơn vị",
    description = "The organisation: provinces, departments, communes and their units, merges")
@RestController
@RequestMapping("/api/org-units")
class OrgUnitController {

  private final OrgUnits units;

  private final Access access;

  OrgUnitController(OrgUnits units, Access access) {
    this.access = access;
    this.units = units;
  }

  /** The roots, or with {@code parent} the direct children of that unit. */
  /**
   * The roots, or the units under {@code parent} — all of them, those that ended included; with
   * {@code on}, only those that existed on that day (e.g. today's communes and departments).
   */
  @Operation(summary = "Danh sách đơn vị (gốc, hoặc các đơn vị trực thuộc một đơn vị)")
  @GetMapping
  List<OrgUnitView> list(
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) java.time.LocalDate on) {
    List<OrgUnit> found = parent == null ? units.roots() : units.children(parent);
    return found.stream().filter(u -> on == null || u.existsOn(on)).map(OrgUnitView::of).toList();
  }

  @Operation(summary = "Xem một đơn vị")
  @GetMapping("/{id}")
  ResponseEntity<OrgUnitView> get(@PathVariable String id) {
    OrgUnit unit = units.get(id);
    return ok(unit);
  }

  /**
   * The hierarchy is the city administrator's, within the city: a province is created by
   * deployment.
   */
  private void administer(String unitId) {
    access.requireRole(Role.CITY_ADMIN);
    if (unitId != null) { // a missing parent is refused by the validation, naming the field
      access.write(unitId);
    }
  }

  /** Creates a unit under an existing parent. */
  @Operation(summary = "Thêm một đơn vị trực thuộc")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrgUnitView> create(@RequestBody OrgUnits.NewOrgUnit unit) {
    administer(unit == null ? null : unit.parentId());
    OrgUnit created = units.create(unit);
    return ResponseEntity.created(URI.create("/api/org-units/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(OrgUnitView.of(created));
  }

  /** Renames and/or moves a unit. */
  @Operation(summary = "Đổi tên hoặc chuyển đơn vị sang đơn vị cấp trên khác")
  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrgUnitView> change(
      @PathVariable String id,
      @RequestBody OrgUnits.Change change,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    administer(id);
    if (change != null && change.parentId() != null) {
      administer(change.parentId());
    }
    return ok(units.change(id, change, IfMatch.required(ifMatch)));
  }

  record Merge(String into, LocalDate on) {}

  /** Merges the unit into another from a day on (the 2025 mergers). */
  @Operation(summary = "Sáp nhập đơn vị vào đơn vị khác từ một ngày")
  @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrgUnitView> merge(
      @PathVariable String id,
      @RequestBody Merge merge,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    administer(id);
    if (merge != null && merge.into() != null) {
      administer(merge.into());
    }
    return ok(units.merge(id, merge.into(), merge.on(), IfMatch.required(ifMatch)));
  }

  record Retirement(LocalDate lastDay) {}

  @Operation(summary = "Chấm dứt hoạt động của đơn vị từ sau một ngày")
  @PostMapping(path = "/{id}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OrgUnitView> retire(
      @PathVariable String id,
      @RequestBody Retirement retirement,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    administer(id);
    return ok(units.retire(id, retirement.lastDay(), IfMatch.required(ifMatch)));
  }

  /** Units merged into this one, directly or through a chain of merges. */
  @Operation(summary = "Các đơn vị đã sáp nhập vào đơn vị này")
  @GetMapping("/{id}/predecessors")
  List<OrgUnitView> predecessors(@PathVariable String id) {
    units.get(id);
    return units.predecessors(id).stream().map(OrgUnitView::of).toList();
  }

  private static ResponseEntity<OrgUnitView> ok(OrgUnit unit) {
    return ResponseEntity.ok().eTag(IfMatch.etag(unit.version())).body(OrgUnitView.of(unit));
  }

  /** The unit's parent, its parent's parent, ... up to the root. */
  @Operation(summary = "Các đơn vị cấp trên của đơn vị, đến cấp tỉnh")
  @GetMapping("/{id}/ancestors")
  List<OrgUnitView> ancestors(@PathVariable String id) {
    return units.ancestors(id).stream().map(OrgUnitView::of).toList();
  }
}
