package vn.loa.plan.orgunit.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnits;

@RestController
@RequestMapping("/api/org-units")
class OrgUnitController {

  private final OrgUnits units;

  OrgUnitController(OrgUnits units) {
    this.units = units;
  }

  /** The roots, or with {@code parent} the direct children of that unit. */
  @GetMapping
  List<OrgUnitView> list(@RequestParam(required = false) String parent) {
    List<OrgUnit> found = parent == null ? units.roots() : units.children(parent);
    return found.stream().map(OrgUnitView::of).toList();
  }

  @GetMapping("/{id}")
  ResponseEntity<OrgUnitView> get(@PathVariable String id) {
    OrgUnit unit = units.get(id);
    return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(OrgUnitView.of(unit));
  }

  /** The unit's parent, its parent's parent, ... up to the root. */
  @GetMapping("/{id}/ancestors")
  List<OrgUnitView> ancestors(@PathVariable String id) {
    return units.ancestors(id).stream().map(OrgUnitView::of).toList();
  }
}
