package vn.loa.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.PageTest;

/**
 * The audit trail for the city administrator: each change with its time in Vietnam, the record (a
 * link to its page), the action and its fields before and after in words; the filters passed to the
 * API; page after page; a kind of record it does not know refused in words; anyone else refused by
 * the API, and no menu entry for them.
 */
class AuditPageTest extends PageTest {

  private final String admin = TestIdentity.token("CITY_ADMIN", "hp");

  private static String entry(String id, String action) {
    return """
    {"id":"task-service:activity:%s:2","service":"task-service","entityType":"activity","entityId":"%s",
     "unitId":"hp-kim-thanh","version":2,"action":"%s","actor":"officer.kim-thanh","actorUnit":"hp-kim-thanh",
     "at":"2026-12-02T03:00:00Z","changes":{"quantity":[12,15],"occurredOn":["2026-11-20","2026-11-21"],"withdrawn":[false,true],
                     "category":[null,"BROADCAST"],"unitId":[null,"hp-kim-thanh"],"id":[null,"%s"],
                     "cooperatingUnitIds":[null,[]],"planId":[null,"p-9"]}}
    """
        .formatted(id, id, action, id);
  }

  /** A plan amended by a unit deep in the tree, and that unit created. */
  static final String AMENDED_PLAN =
      """
      [{"id":"plan-service:plan:p-1:3","service":"plan-service","entityType":"plan","entityId":"p-1",
        "unitId":"hp","version":3,"action":"AMENDED","actor":"officer.vh","actorUnit":"hp-kim-thanh-vh",
        "at":"2026-12-02T03:00:00Z","changes":{
          "assignments":[[],[{"unitId":"hp-so-tu-phap","role":"LEAD","duties":["Tuyên truyền Nghị quyết"],
                              "due":{"kind":"DATE","date":"2026-12-15"}}]],
          "reporting":[null,{"windows":["QUARTERLY","YEARLY"],
                             "deadlineRule":{"kind":"BEFORE_DAY_OF_LAST_MONTH","day":20,"wording":"trước ngày 20 tháng cuối của quý"}}],
          "addressees":[["hp-kim-thanh"],["hp-kim-thanh","hp-an-lao","hp-tien-lang","hp-so-tu-phap","hp-x"]],
          "targets":[[],[{"indicator":"Tin, bài","value":"ít nhất 2 tin, bài/tháng","quantity":2500}]]}},
       {"id":"plan-service:org-unit:hp-kim-thanh-vh:1","service":"plan-service","entityType":"org-unit",
        "entityId":"hp-kim-thanh-vh","unitId":"hp-kim-thanh-vh","version":1,"action":"CREATED",
        "actor":"admin","actorUnit":"hp","at":"2026-12-02T03:00:00Z",
        "changes":{"parentId":[null,"hp-kim-thanh"]}}]
      """;

  private static void city() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    categories();
    API.json(
        "/api/plans/p-1",
        """
        {"id":"p-1","number":"15/KH-STP","title":"Tuyên truyền CCHC 6 tháng cuối năm 2025","status":"ISSUED"}
        """);
    API.json(
        "/api/plans/p-9",
        """
        {"id":"p-9","number":"123/KH-UBND","title":"Kế hoạch tuyên truyền CCHC năm 2026","status":"ISSUED"}
        """);
    API.json(
        "/api/org-units?parent=hp",
        """
        [{"id":"hp-kim-thanh","name":"Xã Kim Thành","type":"COMMUNE","parentId":"hp"}]
        """);
  }

  @Test
  void the_administrator_sees_who_changed_what_and_when_in_words() {
    city();
    API.json("/api/audit?unit=hp&page=0&size=50", "[" + entry("a-1", "CORRECTED") + "]");
    API.json(
        "/api/activities/a-1",
        """
        {"id":"a-1","title":"Phát thanh chuyên mục CCHC","unitId":"hp-kim-thanh","version":2}
        """);
    Http.Response page = pages(admin).get("/audit");
    assertThat(page.status()).isEqualTo(200);
    String html = page.text();
    assertThat(html).contains("<h1>Nhật ký thay đổi</h1>", "10:00:00 02/12/2026");
    assertThat(html).contains("Hoạt động", "href=\"/activities/a-1\"", "phiên bản 2", "Sửa");
    // the activity by its title, not its id
    assertThat(html).contains(">Phát thanh chuyên mục CCHC</a>").doesNotContain(">a-1</a>");
    assertThat(html).contains("Số lượng</span>:", ">12</span> → <span>15<", "officer.kim-thanh");
    assertThat(html).contains("<span class=\"asof\">Xã Kim Thành</span>");
    // Values in words: days, yes/no, the form's name, the unit's name; the entity's id not again.
    assertThat(html).contains("<span>20/11/2026</span> → <span>21/11/2026</span>");
    assertThat(html).contains("<span>không</span> → <span>có</span>");
    assertThat(html)
        .contains("<span>—</span> → <span>Phát thanh, truyền thanh, truyền hình</span>");
    assertThat(html).contains("<span>—</span> → <span>Xã Kim Thành</span>");
    // A plan by its number and title; nothing before and an empty list after is no change.
    assertThat(html)
        .contains(
            "<span>—</span> → <span>123/KH-UBND — Kế hoạch tuyên truyền CCHC năm 2026</span>");
    assertThat(html).doesNotContain("Đơn vị phối hợp", ">p-9<");
    assertThat(html).doesNotContain("<span>id</span>", "2026-11-20", ">BROADCAST<");
    assertThat(html).contains("<option value=\"hp-kim-thanh\">Xã Kim Thành</option>");
    assertThat(html).contains("href=\"/audit\">Nhật ký thay đổi</a>");
    assertThat(html).doesNotContain(">CORRECTED<", ">activity<", ">quantity<", "Trang sau");
  }

  @Test
  void the_filters_go_to_the_api_and_a_full_page_links_to_the_next() {
    city();
    String fifty =
        IntStream.range(0, 50)
            .mapToObj(i -> entry("a-" + i, "RECORDED"))
            .collect(Collectors.joining(",", "[", "]"));
    API.json(
        "/api/audit?unit=hp-kim-thanh&page=0&size=50&from=2026-11-01&to=2026-11-30&entityType=activity",
        fifty);
    String html =
        pages(admin)
            .get("/audit?unit=hp-kim-thanh&kind=activity&from=2026-11-01&to=2026-11-30")
            .text();
    assertThat(html).contains("Ghi nhận", "<option value=\"hp-kim-thanh\" selected=\"selected\">");
    assertThat(html)
        .contains(
            "href=\"/audit?unit=hp-kim-thanh&amp;kind=activity&amp;from=2026-11-01&amp;to=2026-11-30&amp;page=1\"");
    assertThat(html).doesNotContain("Trang trước");
  }

  @Test
  void a_plan_amendment_shows_its_parts_in_words_and_units_deep_in_the_tree_by_name() {
    city();
    unit("hp-kim-thanh-vh", "Phòng Văn hóa - Xã hội xã Kim Thành", "UNIT", "hp-kim-thanh");
    unit("hp-so-tu-phap", "Sở Tư pháp", "DEPARTMENT", "hp");
    unit("hp-an-lao", "Xã An Lão", "COMMUNE", "hp");
    unit("hp-tien-lang", "Xã Tiên Lãng", "COMMUNE", "hp");
    API.json("/api/audit?unit=hp&page=0&size=50", AMENDED_PLAN);
    API.answer("GET /api/org-units/hp-x", 404, "{\"status\":404}");
    String html = pages(admin).get("/audit").text();
    assertThat(html)
        .contains(
            "Phân công thực hiện</span>:",
            "<summary>(Đơn vị: Sở Tư pháp; Vai trò: chủ trì;",
            "<span>(Đơn vị: Sở Tư pháp; Vai trò: chủ trì; Nhiệm vụ: Tuyên truyền Nghị quyết;"
                + " Thời hạn: (Loại: Có thời hạn; Ngày: 15/12/2026))</span></details>",
            "(Kỳ báo cáo: Hằng quý, Năm; Thời hạn gửi báo cáo: (Loại: Trước ngày … tháng cuối kỳ;"
                + " Ngày: 20; Nguyên văn: trước ngày 20 tháng cuối của quý))",
            "<span>Xã Kim Thành</span> → <span>Xã Kim Thành, Xã An Lão, Xã Tiên Lãng và 2 đơn vị"
                + " khác",
            "Mức chỉ tiêu: ít nhất 2 tin, bài/tháng; Số lượng: 2.500",
            "<span class=\"asof\">Phòng Văn hóa - Xã hội xã Kim Thành</span>",
            "href=\"/plans/p-1\">15/KH-STP — Tuyên truyền CCHC 6 tháng cuối năm 2025</a>",
            "Đơn vị cấp trên</span>:",
            "<span>Phòng Văn hóa - Xã hội xã Kim Thành</span>");
    assertThat(html)
        .contains("<summary>(Kỳ báo cáo: Hằng quý, Năm; Thời hạn gửi báo cáo: (Loại: Trước ngày …")
        .doesNotContain("LEAD", "QUARTERLY", "BEFORE_DAY", "{", "unitId=", ">hp-kim-thanh-vh<");
  }

  @Test
  void the_trail_downloads_as_a_spreadsheet_with_the_changes_in_the_same_words() throws Exception {
    city();
    unit("hp-kim-thanh-vh", "Phòng Văn hóa - Xã hội xã Kim Thành", "UNIT", "hp-kim-thanh");
    unit("hp-so-tu-phap", "Sở Tư pháp", "DEPARTMENT", "hp");
    API.json("/api/audit?unit=hp&page=0&size=50", AMENDED_PLAN);
    API.json("/api/audit?unit=hp&page=0&size=500", AMENDED_PLAN);
    assertThat(pages(admin).get("/audit").text())
        .contains(
            "href=\"/audit.xlsx?unit=hp&amp;kind=&amp;from=&amp;to=\"",
            "href=\"/audit.csv?unit=hp&amp;kind=&amp;from=&amp;to=\"");

    Http.Response xlsx = pages(admin).get("/audit.xlsx?unit=hp&kind=&from=&to=");
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Disposition")).contains("attachment", "nhat-ky-hp.xlsx");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Thời điểm");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      var plan = sheet.getRow(1);
      assertThat(plan.getCell(0).getLocalDateTimeCellValue())
          .isEqualTo(java.time.LocalDateTime.of(2026, 12, 2, 10, 0));
      assertThat(plan.getCell(1).getStringCellValue()).isEqualTo("Kế hoạch");
      assertThat(plan.getCell(2).getStringCellValue())
          .isEqualTo("15/KH-STP — Tuyên truyền CCHC 6 tháng cuối năm 2025");
      assertThat(plan.getCell(4).getStringCellValue()).isEqualTo("Sửa đổi, bổ sung");
      assertThat(plan.getCell(6).getStringCellValue())
          .isEqualTo("Phòng Văn hóa - Xã hội xã Kim Thành");
      assertThat(plan.getCell(7).getStringCellValue())
          .contains(
              "Phân công thực hiện: — → (Đơn vị: Sở Tư pháp; Vai trò: chủ trì; Nhiệm vụ: Tuyên"
                  + " truyền Nghị quyết; Thời hạn: (Loại: Có thời hạn; Ngày: 15/12/2026))",
              "\nChế độ báo cáo: — → (Kỳ báo cáo: Hằng quý, Năm;")
          .doesNotContain("LEAD", "{");
      var unit = sheet.getRow(2);
      assertThat(unit.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(unit.getCell(2).getStringCellValue())
          .isEqualTo("Phòng Văn hóa - Xã hội xã Kim Thành");
    }

    String csv = pages(admin).get("/audit.csv?unit=hp&lang=en").text();
    assertThat(csv)
        .startsWith("\uFEFF\"When\",\"Record\"")
        .contains("\"Plan\"", "\"10:00:00 02/12/2026\"")
        .doesNotContain("Thời điểm");
  }

  @Test
  void a_trail_too_long_for_one_file_is_refused_in_words() {
    city();
    String full =
        IntStream.range(0, AuditPage.API_PAGE)
            .mapToObj(i -> entry("a-" + i, "RECORDED"))
            .collect(Collectors.joining(",", "[", "]"));
    for (int page = 0; page * AuditPage.API_PAGE <= AuditPage.MAX_ROWS; page++) {
      API.json("/api/audit?unit=hp&page=" + page + "&size=" + AuditPage.API_PAGE, full);
    }
    Http.Response refused = pages(admin).get("/audit.xlsx");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text())
        .contains("Khoảng đã chọn có hơn 5.000 thay đổi; hãy chọn khoảng ngày ngắn hơn");
  }

  @Test
  void a_task_is_named_by_its_title() {
    city();
    API.json(
        "/api/audit?unit=hp&page=0&size=50",
        """
        [{"id":"task-service:task:t-7:2","service":"task-service","entityType":"task","entityId":"t-7",
          "unitId":"hp-kim-thanh","version":2,"action":"PROGRESS","actor":"officer.kim-thanh",
          "actorUnit":"hp-kim-thanh","at":"2026-12-02T03:00:00Z",
          "changes":{"status":["NOT_STARTED","IN_PROGRESS"]}}]
        """);
    API.json(
        "/api/tasks/t-7",
        """
        {"id":"t-7","title":"Phát thanh chuyên mục CCHC hằng tuần","status":"IN_PROGRESS"}
        """);
    String html = pages(admin).get("/audit").text();
    assertThat(html)
        .contains(
            "<span>Phát thanh chuyên mục CCHC hằng tuần</span>",
            "<span>Chưa thực hiện</span> → <span>Đang thực hiện</span>")
        .doesNotContain(">t-7<", "NOT_STARTED");
  }

  @Test
  void a_kind_of_record_it_does_not_know_is_refused_and_nothing_is_asked() {
    city();
    Http.Response page = pages(admin).get("/audit?kind=secrets%26unit%3Dother");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.text()).contains("Loại dữ liệu phải là một trong các loại của danh sách.");
    assertThat(API.requests("GET", "/api/audit")).isEmpty();
  }

  @Test
  void anyone_else_is_refused_by_the_api_and_has_no_menu_entry() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    String officer = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
    API.json("/api/org-units?parent=hp-kim-thanh", "[]");
    API.answer(
        "GET /api/audit",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page = pages(officer).get("/audit");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Không thực hiện được").doesNotContain("href=\"/audit\"");
  }
}
