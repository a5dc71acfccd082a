package vn.loa.task.task.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.calendar.ReminderDays;
import vn.loa.support.audit.AuditEntry;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;
import vn.loa.task.task.Task;
import vn.loa.task.task.TaskStatus;
import vn.loa.task.task.Tasks;
import vn.loa.task.task.Timeliness;

@Tag(name = "Nhiệm vụ", description = "Tasks derived from plans and their progress")
@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final Tasks tasks;
  private final Clock clock;
  private final ReminderDays reminderDays;
  private final Access access;

  TaskController(Tasks tasks, Clock clock, Access access, ReminderDays reminderDays) {
    this.reminderDays = reminderDays;
    this.tasks = tasks;
    this.clock = clock;
    this.access = access;
  }

  /** The task, if the caller may see its unit's data. */
  private Task readable(String id) {
    Task task = tasks.get(id);
    access.read(task.unitId());
    return task;
  }

  /**
   * A task as the API shows it; {@code overdue} and {@code timeliness} (trong hạn, quá hạn, hoàn
   * thành đúng hạn / trễ hạn) are derived from the due date and the status as of today.
   */
  record TaskView(
      String id,
      String planId,
      int planRevision,
      String unitId,
      String role,
      String title,
      List<String> duties,
      String occurrence,
      LocalDate dueOn,
      String status,
      LocalDate completedOn,
      String note,
      String cancelledReason,
      boolean overdue,
      Timeliness timeliness,
      long version,
      Instant changedAt,
      String changedBy) {}

  TaskView view(Task t) {
    Timeliness timeliness =
        Timeliness.of(t.status(), t.dueOn(), t.completedOn(), LocalDate.now(clock), reminderDays);
    return new TaskView(
        t.id(),
        t.planId(),
        t.planRevision(),
        t.unitId(),
        t.role(),
        t.title(),
        t.duties(),
        t.occurrence(),
        t.dueOn(),
        t.status().name(),
        t.completedOn(),
        t.note(),
        t.cancelledReason(),
        timeliness == Timeliness.OVERDUE,
        timeliness,
        t.version(),
        t.changedAt(),
        t.changedBy());
  }

  @Operation(summary = "Danh sách nhiệm vụ của một đơn vị")
  @GetMapping
  List<TaskView> list(
      @RequestParam String unit, @RequestParam(required = false) TaskStatus status) {
    access.read(unit);
    return tasks.list(unit, status).stream().map(this::view).toList();
  }

  @Operation(summary = "Xem một nhiệm vụ (kèm ETag)")
  @GetMapping("/{id}")
  ResponseEntity<TaskView> get(@PathVariable String id) {
    Task task = readable(id);
    return ResponseEntity.ok().eTag(IfMatch.etag(task.version())).body(view(task));
  }

  /** The unit marks progress: status (NOT_STARTED, IN_PROGRESS, DONE) and a note. */
  @Operation(
      summary = "Cập nhật tiến độ, kết quả của nhiệm vụ (theo If-Match)",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @io.swagger.v3.oas.annotations.media.Content(
                      examples =
                          @io.swagger.v3.oas.annotations.media.ExampleObject(
                              name = "Đã hoàn thành",
                              value =
                                  """
                                  {"status": "DONE",
                                   "note": "Đã đăng 12 tin bài trên Cổng thông tin điện tử xã"}\
                                  """))))
  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TaskView> progress(
      @PathVariable String id,
      @RequestBody Tasks.Progress progress,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.writeAsPerson(tasks.get(id).unitId());
    Task task = tasks.progress(id, progress, IfMatch.required(ifMatch), access.caller().id());
    return ResponseEntity.ok().eTag(IfMatch.etag(task.version())).body(view(task));
  }

  /** Who changed the task, when, and what changed, oldest first. */
  @Operation(summary = "Lịch sử các phiên bản của một nhiệm vụ")
  @GetMapping("/{id}/history")
  List<AuditEntry> history(@PathVariable String id) {
    return readable(id).history();
  }
}
