package vn.loa.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.FakeApi;
import vn.loa.web.support.PageTest;

/**
 * The department's plan pages: the directive inbox, a draft pre-filled from the directing plan,
 * what the draft sends (the unit as issuer, one idempotency key per form, rows as typed, empty rows
 * dropped), the API's refusals beside their fields, editing a draft with its version and without
 * losing what the form does not show, issuing it, and the tasks it gave.
 */
class PlanPagesTest extends PageTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String justice = TestIdentity.token("DEPARTMENT_OFFICER", "hp-stp");

  private static final String CITY_PLAN =
      """
      {"id":"hp-qd-3041-2025","number":"3041/QĐ-UBND","type":"QUYET_DINH","issuerId":"hp",
       "issuedOn":"2025-07-26","place":"Hải Phòng",
       "title":"Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng 6 tháng cuối năm 2025",
       "coverage":{"from":"2025-07-01","to":"2025-12-31"},"basis":[],"forms":[
         {"text":"Tin, bài trên báo chí","categories":["PRESS_ARTICLE"],"timing":"Thường xuyên"}],
       "reporting":{"windows":["QUARTERLY","HALF_YEARLY","YEARLY"],
         "deadlineRule":{"kind":"BEFORE_DAY_OF_LAST_MONTH","day":20,"wording":"trước ngày 20 tháng cuối của quý"},
         "recipients":["Văn phòng UBND thành phố","Sở Nội vụ"],"receiverIds":["hp-vp-ubnd","hp-snv"],
         "owedBy":["ADDRESSEES"],"quartersFolded":true},
       "addressees":["hp-stp"],"implementationDeadline":"2025-08-15","status":"ISSUED","version":2,"revision":1}
      """;

  private static String draft(String status, long version) {
    return """
    {"id":"p-stp","number":null,"type":"KE_HOACH","issuerId":"hp-stp","issuedOn":"2025-08-10",
     "place":"Hải Phòng","title":"Tuyên truyền cải cách hành chính tại Sở Tư pháp",
     "coverage":{"from":"2025-07-01","to":"2025-12-31"},
     "basis":[{"planId":"hp-qd-3041-2025","citation":"Quyết định số 3041/QĐ-UBND"}],
     "assignments":[{"unitId":"hp-stp-vp","role":"LEAD","duties":["Đăng tin trên Cổng"],"due":{"kind":"CONTINUOUS"}}],
     "appendix":[{"task":"Hội nghị","leadUnitId":"hp-stp-vp","cooperatingUnitIds":[],"timeframe":"Quý IV"}],
     "budgetSource":"Ngân sách sở","status":"%s","version":%d,"revision":0,
     "createdAt":"2025-08-10T01:00:00Z","createdBy":"officer.stp"}
    """
        .formatted(status, version);
  }

  @BeforeEach
  void units() {
    unit("hp", "Thành phố Hải Phòng", "PROVINCE", null);
    unit("hp-stp", "Sở Tư pháp", "DEPARTMENT", "hp");
    API.json(
        "/api/org-units?parent=hp-stp",
        """
        [{"id":"hp-stp-vp","code":"31-STP-VP","name":"Văn phòng Sở Tư pháp","type":"UNIT","parentId":"hp-stp"}]
        """);
    categories();
    API.json("/api/plans/hp-qd-3041-2025", CITY_PLAN);
  }

  @Test
  void the_inbox_lists_each_directive_with_what_to_do_about_it() {
    API.json(
        "/api/directives?unit=hp-stp",
        """
        [{"planId":"hp-qd-3041-2025","number":"3041/QĐ-UBND","title":"Về việc ban hành Kế hoạch tuyên truyền",
          "issuerId":"hp","issuedOn":"2025-07-26","implementationDeadline":"2025-08-15","planStatus":"ISSUED",
          "status":"OVERDUE","fulfilledBy":null},
         {"planId":"hp-kh-1","number":"12/KH-UBND","title":"Kế hoạch năm","issuerId":"hp","issuedOn":"2025-01-10",
          "implementationDeadline":null,"planStatus":"ISSUED","status":"ISSUED",
          "fulfilledBy":{"planId":"p-9","number":"5/KH-STP","title":"x","issuedOn":"2025-01-20"}}]
        """);
    String html = pages(justice).get("/directives").text();
    assertThat(html)
        .contains("Văn bản Sở Tư pháp phải triển khai", "3041/QĐ-UBND", "26/07/2025", "15/08/2025")
        .contains("Thành phố Hải Phòng", "Quá hạn ban hành kế hoạch", "Đã ban hành kế hoạch")
        .contains("href=\"/plans/new?directive=hp-qd-3041-2025\"", "href=\"/plans/p-9\">5/KH-STP");
    // A fulfilled directive offers no second plan.
    assertThat(html).doesNotContain("directive=hp-kh-1");
    assertThat(pages(justice).get("/directives?lang=en").text())
        .contains("Directives Sở Tư pháp must implement", "Draft the plan");
  }

  @Test
  void a_draft_from_a_directive_starts_from_the_directing_plan() {
    String html = pages(justice).get("/plans/new?directive=hp-qd-3041-2025").text();
    assertThat(html)
        .contains(
            "Quyết định số 3041/QĐ-UBND ngày 26/7/2025 của Ủy ban nhân dân thành phố Hải Phòng về"
                + " việc ban hành Kế hoạch tuyên truyền");
    assertThat(hidden(html, "basis[0].planId")).isEqualTo("hp-qd-3041-2025");
    assertThat(html)
        .contains("value=\"2025-07-01\"", "value=\"2025-12-31\"", "value=\"Hải Phòng\"")
        .contains("trước ngày 20 tháng cuối của quý", "Văn phòng UBND thành phố\nSở Nội vụ")
        .contains("value=\"QUARTERLY\" checked", "value=\"ISSUER\" selected")
        .doesNotContain("value=\"MONTHLY\" checked");
    // The receivers the directing plan resolved go along unchanged.
    assertThat(html)
        .contains(
            "<input type=\"hidden\" name=\"receiverIds\" value=\"hp-vp-ubnd\">",
            "<input type=\"hidden\" name=\"receiverIds\" value=\"hp-snv\">");
    // Duties go to the department's own units, never to itself.
    assertThat(html).contains("<option value=\"hp-stp-vp\">Văn phòng Sở Tư pháp</option>");
    assertThat(html).doesNotContain("<option value=\"hp-stp\">");
  }

  @Test
  void the_draft_is_the_units_with_its_rows_as_typed_and_one_key_for_the_form() {
    API.answer("POST /api/plans", 201, draft("DRAFT", 0), "ETag", "\"0\"");
    Http http = pages(justice);
    Http.Response form = http.get("/plans/new?directive=hp-qd-3041-2025");
    Map<String, String> f = filled(form);
    Http.Response sent = post(http, form, "/plans", f);
    assertThat(sent.status()).isEqualTo(302);
    assertThat(sent.header("Location")).endsWith("/plans/p-stp?saved");
    post(http, form, "/plans", f);

    List<FakeApi.Request> posts = API.requests("POST", "/api/plans");
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).header("Idempotency-Key"))
        .isNotBlank()
        .isEqualTo(posts.get(1).header("Idempotency-Key"));
    JsonNode body = JSON.readTree(posts.getFirst().text());
    assertThat(body.get("issuerId").asString()).isEqualTo("hp-stp");
    assertThat(body.get("title").asString()).isEqualTo("Tuyên truyền CCHC tại Sở Tư pháp");
    assertThat(body.get("basis")).hasSize(1);
    assertThat(body.get("basis").get(0).get("planId").asString()).isEqualTo("hp-qd-3041-2025");
    JsonNode duty = body.get("assignments").get(0);
    assertThat(body.get("assignments")).hasSize(1);
    assertThat(duty.get("unitId").asString()).isEqualTo("hp-stp-vp");
    assertThat(duty.get("duties").get(1).asString()).isEqualTo("Cập nhật chuyên mục CCHC");
    assertThat(duty.get("due").get("kind").asString()).isEqualTo("DATE");
    assertThat(duty.get("due").get("date").asString()).isEqualTo("2025-12-15");
    assertThat(body.get("purposes").get(0).asString()).isEqualTo("Nâng cao nhận thức");
    assertThat(body.get("reporting").get("owedBy").get(0).asString()).isEqualTo("ISSUER");
    assertThat(body.get("reporting").get("receiverIds").get(0).asString()).isEqualTo("hp-vp-ubnd");
    assertThat(body.get("reporting").get("deadlineRule").get("day").asInt()).isEqualTo(20);
    assertThat(body.get("reporting").get("quartersFolded").asBoolean()).isTrue();
  }

  @Test
  void a_refused_draft_shows_each_message_beside_its_field_and_keeps_what_was_typed() {
    API.answer(
        "POST /api/plans",
        422,
        """
        {"status":422,"title":"Dữ liệu không hợp lệ","errors":[
          {"field":"coverage.to","code":"before-from","message":"Ngày kết thúc phải sau ngày bắt đầu."},
          {"field":"assignments[0].duties[0]","code":"required","message":"Nhiệm vụ là bắt buộc."},
          {"field":"assignments[0].due.date","code":"required","message":"Hạn hoàn thành là bắt buộc."}]}
        """);
    Http http = pages(justice);
    Http.Response form = http.get("/plans/new?directive=hp-qd-3041-2025");
    Map<String, String> f = filled(form);
    f.put("coverageTo", "2025-06-30");
    Http.Response refused = post(http, form, "/plans", f);
    assertThat(refused.status()).isEqualTo(422);
    String html = refused.text();
    assertThat(byId(html, "coverageTo-error")).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
    assertThat(byId(html, "assignments-0-duties-error")).isEqualTo("Nhiệm vụ là bắt buộc.");
    assertThat(byId(html, "assignments-0-dueDate-error")).isEqualTo("Hạn hoàn thành là bắt buộc.");
    assertThat(html)
        .contains("Chưa lưu được dự thảo", "aria-invalid=\"true\"", "value=\"2025-06-30\"")
        .contains("Tuyên truyền CCHC tại Sở Tư pháp");
    assertThat(hidden(html, "idempotencyKey")).isEqualTo(f.get("idempotencyKey"));
  }

  @Test
  void another_row_is_added_without_saving_anything() {
    Http http = pages(justice);
    Http.Response form = http.get("/plans/new?directive=hp-qd-3041-2025");
    Map<String, String> f = filled(form);
    f.put("more", "assignments");
    Http.Response more = post(http, form, "/plans", f);
    assertThat(more.status()).isEqualTo(200);
    assertThat(more.text())
        .contains("name=\"assignments[0].unitId\"", "name=\"assignments[2].unitId\"")
        .doesNotContain("name=\"assignments[3].unitId\"");
    assertThat(API.requests("POST", "/api/plans")).isEmpty();
  }

  @Test
  void editing_a_draft_sends_its_version_and_keeps_what_the_form_does_not_show() {
    API.json("/api/plans/p-stp", draft("DRAFT", 3));
    API.answer("PUT /api/plans/p-stp", 200, draft("DRAFT", 4), "ETag", "\"4\"");
    Http http = pages(justice);
    Http.Response form = http.get("/plans/p-stp/edit");
    assertThat(form.text()).contains("Sửa dự thảo kế hoạch", "Đăng tin trên Cổng");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("version", hidden(form.text(), "version"));
    f.put("type", "KE_HOACH");
    f.put("title", "Tuyên truyền CCHC tại Sở Tư pháp (dự thảo 2)");
    f.put("coverageFrom", "2025-07-01");
    f.put("coverageTo", "2025-12-31");
    f.put("assignments[0].unitId", "hp-stp-vp");
    f.put("assignments[0].role", "LEAD");
    f.put("assignments[0].duties", "Đăng tin trên Cổng");
    f.put("assignments[0].dueKind", "CONTINUOUS");
    assertThat(post(http, form, "/plans/p-stp", f).header("Location"))
        .endsWith("/plans/p-stp?saved");
    FakeApi.Request put = API.requests("PUT", "/api/plans/p-stp").getFirst();
    assertThat(put.header("If-Match")).isEqualTo("\"3\"");
    JsonNode body = JSON.readTree(put.text());
    assertThat(body.get("title").asString()).endsWith("(dự thảo 2)");
    assertThat(body.get("appendix").get(0).get("task").asString()).isEqualTo("Hội nghị");
    assertThat(body.get("budgetSource").asString()).isEqualTo("Ngân sách sở");
    assertThat(body.has("status")).isFalse();
    assertThat(body.has("version")).isFalse();
    assertThat(body.has("createdBy")).isFalse();
  }

  @Test
  void issuing_names_what_is_missing_and_an_issued_plan_shows_its_tasks() {
    API.json("/api/plans/p-stp", draft("DRAFT", 4));
    API.answer(
        "POST /api/plans/p-stp/issue",
        422,
        """
        {"status":422,"title":"Chưa thể ban hành","errors":[
          {"field":"number","code":"required","message":"Số, ký hiệu là bắt buộc."}]}
        """);
    Http http = pages(justice);
    Http.Response page = http.get("/plans/p-stp");
    assertThat(page.text()).contains("Dự thảo", "Ban hành", "Sửa dự thảo");
    Http.Response refused = post(http, page, "/plans/p-stp/issue", Map.of("version", "4"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text()).contains("Chưa ban hành được kế hoạch", "Số, ký hiệu là bắt buộc.");
    assertThat(API.requests("POST", "/api/plans/p-stp/issue").getFirst().header("If-Match"))
        .isEqualTo("\"4\"");

    API.json("/api/plans/p-stp", draft("ISSUED", 5));
    API.json(
        "/api/tasks?unit=hp-stp-vp",
        """
        [{"id":"t1","planId":"p-stp","unitId":"hp-stp-vp","role":"LEAD","title":"Đăng tin trên Cổng",
          "dueOn":"2025-12-15","status":"IN_PROGRESS","timeliness":"IN_TIME"},
         {"id":"t2","planId":"other","unitId":"hp-stp-vp","role":"LEAD","title":"Việc của kế hoạch khác",
          "dueOn":null,"status":"NOT_STARTED","timeliness":"IN_TIME"}]
        """);
    String issued = http.get("/plans/p-stp").text();
    assertThat(issued)
        .contains("Đã ban hành", "Nhiệm vụ đã giao", "1 nhiệm vụ: 0 hoàn thành, 1 đang thực hiện")
        .contains("Văn phòng Sở Tư pháp", "15/12/2025", "Đang thực hiện", "Trong hạn")
        .doesNotContain("Việc của kế hoạch khác", ">Ban hành</button>");
  }

  private static final String FULL_DRAFT =
      """
      {"id":"p-full","number":"7/KH-STP","type":"KE_HOACH","issuerId":"hp-stp","issuedOn":"2025-08-10",
       "place":"Hải Phòng","title":"Kế hoạch đầy đủ","coverage":{"from":"2025-07-01","to":"2025-12-31"},
       "basis":[{"planId":null,"citation":"Luật Tổ chức chính quyền địa phương"}],
       "purposes":["Nâng cao nhận thức"],"requirements":["Thiết thực, hiệu quả"],
       "contentItems":[{"label":"a)","text":"Tuyên truyền Nghị quyết","audience":null}],
       "forms":[{"text":"Đăng tin, bài","categories":["PRESS_ARTICLE","BROADCAST"],"timing":"Hằng tháng"}],
       "assignments":[
         {"unitId":"hp-stp-vp","role":"LEAD","duties":["Tổng hợp báo cáo"],"due":{"kind":"RECURRING","every":"QUARTERLY"}},
         {"unitId":"hp-stp-vp","role":"COOPERATING","duties":["Hội nghị"],"due":{"kind":"DATE","date":"2025-11-30"}}],
       "reporting":{"windows":["QUARTERLY"],"deadlineRule":{"kind":"WORKING_DAYS_AFTER_CUTOFF","days":3,"wording":"03 ngày làm việc sau ngày chốt"},
         "recipients":["Sở Nội vụ"],"receiverIds":[],"owedBy":["ISSUER"],"quartersFolded":null},
       "targets":[{"indicator":"Thủ tục trực tuyến","value":"100%"}],
       "recipients":["Lưu: VT"],"signer":{"authority":"KT. GIÁM ĐỐC","title":"PHÓ GIÁM ĐỐC","name":"Nguyễn Văn A"},
       "status":"DRAFT","version":1,"revision":0}
      """;

  @Test
  void the_units_plans_are_listed_drafts_first() {
    API.json(
        "/api/plans?issuer=hp-stp",
        "[" + draft("ISSUED", 5).replace("p-stp", "p-old") + "," + FULL_DRAFT + "]");
    String html = pages(justice).get("/plans").text();
    assertThat(html)
        .contains("Kế hoạch của đơn vị", "7/KH-STP", "10/08/2025", "01/07/2025 – 31/12/2025");
    assertThat(html.indexOf("/plans/p-full")).isLessThan(html.indexOf("/plans/p-old"));
  }

  @Test
  void a_plan_shows_each_part_in_words_and_its_form_holds_every_part() {
    API.json("/api/plans/p-full", FULL_DRAFT);
    String html = pages(justice).get("/plans/p-full").text();
    assertThat(html)
        .contains("Luật Tổ chức chính quyền địa phương", "a) Tuyên truyền Nghị quyết")
        .contains("Đăng tin, bài", "(Tin, bài trên báo chí, Phát thanh, truyền thanh, truyền hình)")
        .contains("Hằng quý", "đến 30/11/2025", "Hạn gửi: 03 ngày làm việc sau ngày chốt.")
        .contains("Gửi về: Sở Nội vụ.", "Thủ tục trực tuyến: 100%")
        .contains("KT. GIÁM ĐỐC · PHÓ GIÁM ĐỐC · Nguyễn Văn A");
    // The plan as the Word document its issuer signs.
    assertThat(html)
        .contains(
            "href=\"/api/plans/p-full/document.docx\"",
            "Tải bản dự thảo (Word)",
            "href=\"/api/plans/p-full/document.pdf\"");
    String form = pages(justice).get("/plans/p-full/edit").text();
    assertThat(form)
        .contains("value=\"7/KH-STP\"", ">a) Tuyên truyền Nghị quyết</textarea>")
        .contains("value=\"PRESS_ARTICLE\" checked", "value=\"BROADCAST\" checked")
        .contains("value=\"QUARTERLY\" selected", "value=\"2025-11-30\"", "value=\"3\"")
        .contains("value=\"WORKING_DAYS_AFTER_CUTOFF\" selected", "value=\"100%\"")
        .contains("value=\"Nguyễn Văn A\"", ">Lưu: VT</textarea>");
  }

  @Test
  void an_issued_plan_is_not_edited_and_a_stale_edit_is_said_so() {
    API.json("/api/plans/p-stp", draft("ISSUED", 5));
    Http.Response issued = pages(justice).get("/plans/p-stp/edit");
    assertThat(issued.status()).isEqualTo(302);
    assertThat(issued.header("Location")).endsWith("/plans/p-stp");

    API.json("/api/plans/p-full", FULL_DRAFT);
    API.answer(
        "PUT /api/plans/p-full",
        412,
        "{\"status\":412,\"title\":\"Đã thay đổi\",\"detail\":\"Kế hoạch đã được người khác"
            + " sửa.\"}");
    Http http = pages(justice);
    Http.Response form = http.get("/plans/p-full/edit");
    Http.Response stale =
        post(
            http,
            form,
            "/plans/p-full",
            Map.of("version", "0", "title", "Kế hoạch đầy đủ (sửa)", "deadlineDay", "ba"));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.text()).contains("Kế hoạch đã được người khác sửa.", "Kế hoạch đầy đủ (sửa)");
    JsonNode body = JSON.readTree(API.requests("PUT", "/api/plans/p-full").getFirst().text());
    // What is not a number goes as typed, for the API to name.
    assertThat(body.get("title").asString()).isEqualTo("Kế hoạch đầy đủ (sửa)");
  }

  @Test
  void a_plan_the_api_refuses_is_a_page_in_words() {
    API.answer(
        "GET /api/plans/p-other",
        403,
        "{\"status\":403,\"title\":\"Forbidden\",\"type\":\"urn:loa:problem:forbidden\"}");
    Http.Response page = pages(justice).get("/plans/p-other");
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.text()).contains("Sở Tư pháp").doesNotContain("urn:loa:problem");
  }

  /** The pre-filled form with the rest written in, as the officer would. */
  private static Map<String, String> filled(Http.Response form) {
    String html = form.text();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("idempotencyKey", hidden(html, "idempotencyKey"));
    f.put("version", "0");
    f.put("quartersFolded", "true");
    f.put("type", "KE_HOACH");
    f.put("number", "");
    f.put("issuedOn", "2025-08-10");
    f.put("place", "Hải Phòng");
    f.put("title", "Tuyên truyền CCHC tại Sở Tư pháp");
    f.put("coverageFrom", "2025-07-01");
    f.put("coverageTo", "2025-12-31");
    f.put("basis[0].planId", hidden(html, "basis[0].planId"));
    f.put("basis[0].citation", "Quyết định số 3041/QĐ-UBND ngày 26/7/2025");
    f.put("basis[1].planId", "");
    f.put("basis[1].citation", "  ");
    f.put("purposes", "Nâng cao nhận thức\n\n");
    f.put("assignments[0].unitId", "hp-stp-vp");
    f.put("assignments[0].role", "LEAD");
    f.put("assignments[0].duties", "Đăng tin trên Cổng\nCập nhật chuyên mục CCHC");
    f.put("assignments[0].dueKind", "DATE");
    f.put("assignments[0].dueDate", "2025-12-15");
    f.put("assignments[1].unitId", "");
    f.put("assignments[1].role", "LEAD");
    f.put("assignments[1].duties", "");
    f.put("assignments[1].dueKind", "CONTINUOUS");
    f.put("deadlineKind", "BEFORE_DAY_OF_LAST_MONTH");
    f.put("deadlineDay", "20");
    f.put("deadlineWording", "trước ngày 20 tháng cuối của quý");
    f.put("reportingRecipients", "Văn phòng UBND thành phố\nSở Nội vụ");
    f.put("owedBy", "ISSUER");
    f.put("receiverIds", "hp-vp-ubnd");
    return f;
  }
}
