package vn.loa.report.live.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.loa.report.statistics.Statistics;
import vn.loa.support.security.Access;
import vn.loa.support.web.Problems;

/**
 * {@code GET /api/statistics/stream?unit=}: Server-Sent Events of the activities rolled up into the
 * figures of {@code unit}'s subtree, for whoever may read those figures.
 */
@Tag(name = "Số liệu trực tiếp", description = "Live figures (Server-Sent Events)")
@RestController
class LiveController {

  private final LiveFigures live;
  private final Statistics statistics;
  private final Access access;

  LiveController(LiveFigures live, Statistics statistics, Access access) {
    this.live = live;
    this.statistics = statistics;
    this.access = access;
  }

  @Operation(summary = "Luồng số liệu trực tiếp của một đơn vị (Server-Sent Events)")
  @GetMapping(path = "/api/statistics/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(@RequestParam String unit) {
    access.readStatistics(unit);
    statistics.requireKnown(unit);
    if (live.full()) {
      throw Problems.overloaded();
    }
    return live.open(unit);
  }
}
