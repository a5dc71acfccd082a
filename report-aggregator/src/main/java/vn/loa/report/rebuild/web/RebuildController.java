package vn.loa.report.rebuild.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.identity.Role;
import vn.loa.report.rebuild.Rebuild;
import vn.loa.support.security.Access;

@RestController
@RequestMapping("/admin/rebuild")
class RebuildController {

  private final Rebuild rebuild;
  private final Access access;

  RebuildController(Rebuild rebuild, Access access) {
    this.rebuild = rebuild;
    this.access = access;
  }

  record StatusView(
      String state,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      long processed,
      long total,
      int percent,
      String failure) {
    static StatusView of(Rebuild.Status s) {
      return new StatusView(
          s.state().name(),
          s.startedAt(),
          s.finishedAt(),
          s.processed(),
          s.total(),
          s.percent(),
          s.failure());
    }
  }

  /** Drops the read models and replays every retained event into them. */
  @Operation(summary = "Dựng lại số liệu tổng hợp từ các sự kiện đã lưu (quản trị)")
  @PostMapping
  ResponseEntity<StatusView> start() {
    access.requireRole(Role.CITY_ADMIN);
    return ResponseEntity.accepted()
        .location(URI.create("/admin/rebuild"))
        .body(StatusView.of(rebuild.start()));
  }

  @Operation(summary = "Tiến độ dựng lại số liệu tổng hợp")
  @GetMapping
  StatusView status() {
    access.requireRole(Role.CITY_ADMIN);
    return StatusView.of(rebuild.status());
  }
}
