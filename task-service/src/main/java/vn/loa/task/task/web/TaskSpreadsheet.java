package vn.loa.task.task.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.calendar.ReminderDays;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.support.security.Access;
import vn.loa.task.task.Task;
import vn.loa.task.task.TaskStatus;
import vn.loa.task.task.Tasks;
import vn.loa.task.task.Timeliness;

/**
 * {@code GET /api/tasks.xlsx|.csv?unit=&status=}: a unit's tasks — the same selection as {@code GET
 * /api/tasks} — as a spreadsheet headed in Vietnamese: the task, chủ trì or phối hợp, the due date
 * (or "Thường xuyên"), its status and timeliness as of today in words, when it was done, the note.
 * The same access rule as the list.
 */
@Tag(name = "Nhiệm vụ", description = "Tasks derived from plans and their progress")
@RestController
class TaskSpreadsheet {

  static final Map<String, String> ROLES = Map.of("LEAD", "Chủ trì", "COOPERATING", "Phối hợp");

  static final Map<TaskStatus, String> STATUSES =
      Map.of(
          TaskStatus.NOT_STARTED, "Chưa thực hiện",
          TaskStatus.IN_PROGRESS, "Đang thực hiện",
          TaskStatus.DONE, "Hoàn thành",
          TaskStatus.CANCELLED, "Đã hủy");

  static final Map<Timeliness, String> TIMELINESS =
      Map.of(
          Timeliness.IN_TIME, "Trong hạn",
          Timeliness.DUE_SOON, "Sắp đến hạn",
          Timeliness.OVERDUE, "Quá hạn",
          Timeliness.DONE_ON_TIME, "Hoàn thành đúng hạn",
          Timeliness.DONE_LATE, "Hoàn thành trễ hạn",
          Timeliness.NOT_APPLICABLE, "");

  private final Tasks tasks;
  private final Clock clock;
  private final ReminderDays reminderDays;
  private final Access access;

  TaskSpreadsheet(Tasks tasks, Clock clock, ReminderDays reminderDays, Access access) {
    this.tasks = tasks;
    this.clock = clock;
    this.reminderDays = reminderDays;
    this.access = access;
  }

  @Operation(summary = "Tải danh sách nhiệm vụ (Excel, CSV)")
  @GetMapping({"/api/tasks.xlsx", "/api/tasks.csv"})
  ResponseEntity<byte[]> file(
      @RequestParam String unit,
      @RequestParam(required = false) TaskStatus status,
      HttpServletRequest request) {
    access.read(unit);
    LocalDate today = LocalDate.now(clock);
    TableExport.Builder table =
        TableExport.of(
            "Nhiệm vụ",
            Column.text("Nhiệm vụ", 50),
            Column.text("Vai trò", 10),
            Column.text("Nội dung công việc", 50),
            Column.day("Hạn", 12),
            Column.text("Trạng thái", 16),
            Column.text("Tình hình thực hiện", 20),
            Column.day("Ngày hoàn thành", 14),
            Column.text("Ghi chú", 40));
    for (Task t : tasks.list(unit, status)) {
      Timeliness timeliness =
          Timeliness.of(t.status(), t.dueOn(), t.completedOn(), today, reminderDays);
      table.row(
          t.title(),
          ROLES.getOrDefault(t.role(), t.role()),
          String.join("\n", t.duties()),
          t.dueOn() != null ? t.dueOn() : "CONTINUOUS".equals(t.dueKind()) ? "Thường xuyên" : "",
          STATUSES.get(t.status()),
          TIMELINESS.get(timeliness),
          t.completedOn(),
          t.status() == TaskStatus.CANCELLED ? t.cancelledReason() : t.note());
    }
    return table.build().download("nhiem-vu-" + unit, request);
  }
}
