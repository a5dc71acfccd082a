package vn.loa.task.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.spreadsheet.TableExport;
import vn.loa.spreadsheet.TableExport.Column;
import vn.loa.support.security.Access;
import vn.loa.support.web.Violations;
import vn.loa.task.activity.Activities;
import vn.loa.task.activity.Activity;
import vn.loa.task.category.Categories;
import vn.loa.task.category.Category;

/**
 * {@code GET /api/activities.xlsx|.csv?unit=&from=&to=&category=}: a unit's activities — the same
 * selection as {@code GET /api/activities}, newest first, all of them up to {@link #MAX_ROWS} — as
 * a spreadsheet headed in Vietnamese, each form of communication by its name, a withdrawn one said
 * so. The same access rule and refusals as the list; more rows than one file holds is a {@code 400}
 * asking for a shorter span.
 */
@Tag(
    name = "Hoạt động",
    description = "Activities: record, correct, withdraw, evidence, lists and spreadsheets")
@RestController
class ActivitySpreadsheet {

  /** The most activities one file holds. */
  static final int MAX_ROWS = 20_000;

  private final Activities activities;
  private final Categories categories;
  private final Access access;

  ActivitySpreadsheet(Activities activities, Categories categories, Access access) {
    this.activities = activities;
    this.categories = categories;
    this.access = access;
  }

  @Operation(summary = "Tải danh sách hoạt động (Excel, CSV)")
  @GetMapping({"/api/activities.xlsx", "/api/activities.csv"})
  ResponseEntity<byte[]> file(
      @RequestParam String unit,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String category,
      HttpServletRequest request) {
    Violations v = new Violations();
    if (from != null && to != null && from.isAfter(to)) {
      v.add("to", "before-from");
    }
    v.throwIfAny();
    access.read(unit);
    List<Activity> rows = activities.list(unit, from, to, category, 0, MAX_ROWS + 1);
    if (rows.size() > MAX_ROWS) {
      v.add(from == null ? "from" : "to", "export-rows", MAX_ROWS);
      v.throwIfAny();
    }
    Map<String, String> names =
        categories.all().stream().collect(Collectors.toMap(Category::code, Category::nameVi));
    TableExport.Builder table =
        TableExport.of(
            "Hoạt động",
            Column.day("Ngày thực hiện", 14),
            Column.text("Hình thức", 30),
            Column.text("Nội dung", 50),
            Column.number("Số lượng", 10),
            Column.number("Số người tham dự", 12),
            Column.text("Kênh, cơ quan đăng phát", 28),
            Column.text("Minh chứng", 40),
            Column.text("Tình trạng", 12),
            Column.text("Người ghi nhận", 20),
            Column.time("Ghi nhận lúc", 20));
    for (Activity a : rows) {
      table.row(
          a.occurredOn(),
          names.getOrDefault(a.category(), a.category()),
          a.title(),
          a.quantity(),
          a.participants(),
          a.outlet(),
          String.join("\n", a.evidence()),
          a.withdrawn() ? "Đã rút" : "",
          a.recordedBy(),
          a.recordedAt());
    }
    return table.build().download(name(unit, from, to), request);
  }

  private static String name(String unit, LocalDate from, LocalDate to) {
    return "hoat-dong-"
        + unit
        + (from == null ? "" : "-tu-" + from)
        + (to == null ? "" : "-den-" + to);
  }
}
