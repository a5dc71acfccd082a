package vn.loa.report.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.audit.AuditRecorded;
import vn.loa.contracts.identity.Role;
import vn.loa.report.audit.AuditLog;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.support.security.Access;
import vn.loa.support.web.Violations;

/** The central audit trail of a unit's subtree, newest first, for the city administrator. */
@Tag(name = "Nhật ký thay đổi", description = "Who changed what, when")
@RestController
class AuditController {

  static final int MAX_PAGE_SIZE = 500;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final AuditLog log;
  private final OrgTree tree;
  private final Access access;

  AuditController(AuditLog log, OrgTree tree, Access access) {
    this.log = log;
    this.tree = tree;
    this.access = access;
  }

  @Operation(summary = "Nhật ký thay đổi: ai đã làm gì, khi nào")
  @GetMapping("/api/audit")
  List<AuditRecorded> find(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    access.requireRole(Role.CITY_ADMIN);
    Violations v = new Violations();
    v.range("page", (long) page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
    v.range("size", (long) size, 1, MAX_PAGE_SIZE);
    if (from != null && to != null && from.isAfter(to)) {
      v.add("to", "before-from");
    }
    v.throwIfAny();
    String root = unit == null ? access.caller().unitId() : unit;
    access.read(root); // an unknown unit is refused like another's: no existence oracle
    return log.find(
        subtree(root),
        actor,
        entityType,
        entityId,
        from == null ? null : from.atStartOfDay(VIETNAM).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant(),
        page,
        size);
  }

  private List<String> subtree(String root) {
    List<String> units = new ArrayList<>();
    List<String> frontier = List.of(root);
    while (!frontier.isEmpty() && units.size() < 100_000) {
      units.addAll(frontier);
      List<String> next = new ArrayList<>();
      for (String u : frontier) {
        tree.children(u).forEach(c -> next.add(c.id()));
      }
      frontier = next;
    }
    return units;
  }
}
