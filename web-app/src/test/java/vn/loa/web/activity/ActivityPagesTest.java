package vn.loa.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;
import vn.loa.web.support.FakeApi;
import vn.loa.web.support.PageTest;

/**
 * Ghi nhận hoạt động and the unit's activities: the form with the unit's choices, the API's field
 * errors beside their fields with what was typed kept, the request the API gets (numbers as
 * numbers, the form's idempotency key on every submission of it, the photo as evidence once), the
 * confirmation with the unit's figure, correction with the version it was made from, withdrawal,
 * the list in Vietnamese dates and numbers, and a form without its CSRF token refused with nothing
 * sent.
 */
class ActivityPagesTest extends PageTest {

  private final String officer = TestIdentity.token("COMMUNE_OFFICER", "hp-kim-thanh");
  private static final String ACTIVITY =
      """
      {"id":"a-1","unitId":"hp-kim-thanh","category":"BROADCAST","occurredOn":"2026-11-20",
       "title":"Phát thanh chuyên mục CCHC","quantity":2500,"participants":null,
       "outlet":"Đài truyền thanh xã","evidence":["https://kimthanh.haiphong.gov.vn/tin/1"],
       "evidenceFiles":[{"fileId":"f-1","name":"anh.png","size":10,"contentType":"image/png"}],
       "status":"ACTIVE","version":3,"recordedBy":"officer.kim-thanh"}
      """;

  @BeforeEach
  void commune() {
    unit("hp-kim-thanh", "Xã Kim Thành", "COMMUNE", "hp");
    API.json(
        "/api/org-units?parent=hp-kim-thanh",
        """
        [{"id":"hp-kim-thanh-vhxh","name":"Phòng Văn hóa – Xã hội xã Kim Thành","type":"UNIT","parentId":"hp-kim-thanh"}]
        """);
    API.json(
        "/api/tasks?unit=hp-kim-thanh-vhxh",
        """
        [{"id":"t-2","unitId":"hp-kim-thanh-vhxh","role":"LEAD","title":"Tuyên truyền CCHC năm 2026","status":"IN_PROGRESS"},
         {"id":"t-old","unitId":"hp-kim-thanh-vhxh","role":"LEAD","title":"Nhiệm vụ đã hủy","status":"CANCELLED"}]
        """);
    API.json("/api/tasks?unit=hp-kim-thanh", "[]");
    categories();
  }

  @Test
  void the_form_offers_the_units_active_forms_and_open_tasks_with_a_key_of_its_own() {
    Http.Response form = pages(officer).get("/activities/new");
    assertThat(form.status()).isEqualTo(200);
    String html = form.text();
    assertThat(html).contains("<h1>Ghi nhận hoạt động</h1>");
    assertThat(html)
        .contains(
            "<label for=\"category\">Hình thức</label>",
            "<label for=\"quantity\">Số lượng</label>");
    assertThat(html).contains(">Xã Kim Thành<", ">Phòng Văn hóa – Xã hội xã Kim Thành<");
    assertThat(html)
        .contains(">Phát thanh, truyền thanh, truyền hình<")
        .doesNotContain("Hình thức cũ");
    assertThat(html)
        .contains("Tuyên truyền CCHC năm 2026 (chủ trì)")
        .doesNotContain("Nhiệm vụ đã hủy");
    assertThat(html).contains("accept=\"image/*,application/pdf\" capture=\"environment\"");
    String key = hidden(html, "idempotencyKey");
    assertThat(UUID.fromString(key)).isNotNull();
    assertThat(hidden(pages(officer).get("/activities/new").text(), "idempotencyKey"))
        .isNotEqualTo(key);
  }

  @Test
  void the_apis_reasons_stand_beside_their_fields_and_what_was_typed_is_kept() {
    API.answer(
        "POST /api/activities",
        400,
        """
        {"status":400,"title":"Dữ liệu không hợp lệ","type":"urn:loa:problem:validation",
         "errors":[{"field":"quantity","code":"range","message":"Số lượng phải nằm trong khoảng từ 1 đến 100.000."},
                   {"field":"category","code":"required","message":"Hình thức là bắt buộc."}]}
        """);
    Http http = pages(officer);
    Http.Response form = http.get("/activities/new");
    String key = hidden(form.text(), "idempotencyKey");
    Http.Response refused =
        post(http, form, "/activities", fields(key, "0", "Tuyên truyền trên loa <b>xã</b>"));
    assertThat(refused.status()).isEqualTo(400);
    String html = refused.text();
    assertThat(byId(html, "quantity-error"))
        .isEqualTo("Số lượng phải nằm trong khoảng từ 1 đến 100.000.");
    assertThat(byId(html, "category-error")).isEqualTo("Hình thức là bắt buộc.");
    assertThat(html).contains("aria-describedby=\"quantity-error\" aria-invalid=\"true\"");
    assertThat(html).contains("Chưa ghi nhận được: xem các trường được đánh dấu.");
    // What the person typed, escaped, and the same key for the corrected submission.
    assertThat(html).contains("Tuyên truyền trên loa &lt;b&gt;xã&lt;/b&gt;</textarea>");
    assertThat(hidden(html, "idempotencyKey")).isEqualTo(key);
    assertThat(API.requests("POST", "/api/activities/"))
        .as("no photo for a refused activity")
        .isEmpty();
  }

  @Test
  void a_recorded_activity_is_sent_as_the_api_wants_it_and_confirmed_with_the_units_figure() {
    API.answer(
        "POST /api/activities", 201, ACTIVITY, "ETag", "\"1\"", "Idempotent-Replayed", "false");
    API.json("/api/activities/a-1", ACTIVITY);
    API.json(
        "/api/statistics/totals?unit=hp-kim-thanh&period=2026Q4",
        """
        {"unitId":"hp-kim-thanh","period":"2026Q4","from":"2026-10-01","to":"2026-12-31","byCategory":{},
         "total":{"quantity":2512,"participants":0,"activities":4},"asOf":"2026-12-02T05:09:36Z"}
        """);
    Http http = pages(officer);
    Http.Response form = http.get("/activities/new");
    String key = hidden(form.text(), "idempotencyKey");
    Http.Response done =
        post(http, form, "/activities", fields(key, "2.500", "Phát thanh chuyên mục CCHC"));
    assertThat(done.status()).isEqualTo(302);
    // Relative: the browser stays on the gateway's address (the web-app's own is not public).
    assertThat(done.header("Location")).isEqualTo("/activities/a-1");

    FakeApi.Request sent = API.requests("POST", "/api/activities").getFirst();
    assertThat(sent.header("Idempotency-Key")).isEqualTo(key);
    assertThat(sent.header("Authorization")).isEqualTo("Bearer " + officer);
    assertThat(sent.text())
        .contains(
            "\"unitId\":\"hp-kim-thanh-vhxh\"", "\"category\":\"BROADCAST\"", "\"quantity\":2500")
        .contains("\"occurredOn\":\"2026-11-20\"", "\"participants\":null", "\"taskId\":\"t-2\"")
        .contains("\"evidence\":[\"https://kimthanh.haiphong.gov.vn/tin/1\"]");

    String confirmation = http.get("/activities/a-1").text();
    assertThat(confirmation).contains("<h1>Phát thanh chuyên mục CCHC</h1>", "20/11/2026", "2.500");
    assertThat(confirmation)
        .contains("Tổng số lượng của Xã Kim Thành trong Quý IV năm 2026: 2.512 (4 hoạt động)");
    assertThat(confirmation).contains("cập nhật lúc 12:09:36 02/12/2026", "anh.png");
    assertThat(confirmation).contains("href=\"/api/activities/a-1/evidence/f-1\"");
  }

  @Test
  void a_photo_goes_to_the_activity_once_even_when_the_form_is_sent_twice() throws Exception {
    Http http = pages(officer);
    Http.Response form = http.get("/activities/new");
    String key = hidden(form.text(), "idempotencyKey");
    API.answer("POST /api/activities", 201, ACTIVITY, "Idempotent-Replayed", "false");
    API.answer("POST /api/activities/a-1/evidence", 201, ACTIVITY);
    assertThat(multipart(form, key).statusCode()).isEqualTo(302);
    // The browser sends the same form again (a double tap, a resend after a lost answer): the API
    // recognises the key and replays; the page does not attach the photo a second time.
    API.answer("POST /api/activities", 201, ACTIVITY, "Idempotent-Replayed", "true");
    assertThat(multipart(form, key).statusCode()).isEqualTo(302);

    assertThat(API.requests("POST", "/api/activities"))
        .filteredOn(r -> r.uri().equals("/api/activities"))
        .extracting(r -> r.header("Idempotency-Key"))
        .containsExactly(key, key);
    var uploads = API.requests("POST", "/api/activities/a-1/evidence");
    assertThat(uploads).hasSize(1);
    assertThat(uploads.getFirst().header("Content-Type")).startsWith("multipart/form-data");
    assertThat(uploads.getFirst().text()).contains("filename=\"anh-hoi-nghi.png\"", "PNGDATA");
  }

  @Test
  void a_form_without_its_csrf_token_is_refused_and_nothing_reaches_the_api() {
    Http http = pages(officer);
    Http.Response form = http.get("/activities/new");
    Map<String, String> f = fields(hidden(form.text(), "idempotencyKey"), "3", "Không có mã CSRF");
    API.reset();
    for (String cookie : new String[] {null, csrfCookie(form)}) {
      Http.Response refused =
          cookie == null
              ? http.send(
                  "POST",
                  "/activities",
                  urlEncoded(f),
                  "Content-Type",
                  "application/x-www-form-urlencoded")
              : http.send(
                  "POST",
                  "/activities",
                  urlEncoded(f),
                  "Content-Type",
                  "application/x-www-form-urlencoded",
                  "Cookie",
                  cookie);
      assertThat(refused.status()).isEqualTo(403);
    }
    Map<String, String> forged = new LinkedHashMap<>(f);
    forged.put("_csrf", "forged");
    Http.Response wrong =
        http.send(
            "POST",
            "/activities",
            urlEncoded(forged),
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Cookie",
            csrfCookie(form));
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(API.requests()).isEmpty();
  }

  @Test
  void a_correction_is_sent_for_the_version_it_was_made_from_and_a_conflict_is_explained() {
    API.json("/api/activities/a-1", ACTIVITY);
    Http http = pages(officer);
    Http.Response edit = http.get("/activities/a-1/edit");
    assertThat(edit.text()).contains("<h1>Sửa hoạt động</h1>", "value=\"2500\"");
    assertThat(hidden(edit.text(), "version")).isEqualTo("3");
    Map<String, String> f = fields("", "2600", "Phát thanh chuyên mục CCHC");
    f.put("version", "3");
    API.answer(
        "PUT /api/activities/a-1",
        412,
        "{\"status\":412,\"title\":\"Phiên bản đã thay đổi\",\"detail\":\"Hoạt động đã được người"
            + " khác sửa; tải lại trang để xem bản mới.\"}");
    Http.Response conflict = post(http, edit, "/activities/a-1", f);
    assertThat(conflict.status()).isEqualTo(412);
    assertThat(conflict.text())
        .contains("Hoạt động đã được người khác sửa; tải lại trang để xem bản mới.");
    assertThat(API.requests("PUT", "/api/activities/a-1").getFirst().header("If-Match"))
        .isEqualTo("\"3\"");

    API.answer("PUT /api/activities/a-1", 200, ACTIVITY, "ETag", "\"4\"");
    Http.Response saved = post(http, edit, "/activities/a-1", f);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.header("Location")).endsWith("/activities/a-1");
  }

  @Test
  void a_withdrawal_names_the_version_and_lands_on_the_units_list() {
    API.json("/api/activities/a-1", ACTIVITY);
    API.answer("DELETE /api/activities/a-1", 204, null, "ETag", "\"4\"");
    Http http = pages(officer);
    Http.Response show = http.get("/activities/a-1");
    Http.Response gone = post(http, show, "/activities/a-1/withdraw", Map.of("version", "3"));
    assertThat(gone.status()).isEqualTo(302);
    assertThat(gone.header("Location")).isEqualTo("/activities?unit=hp-kim-thanh&from=2026-11-01");
    assertThat(API.requests("DELETE", "/api/activities/a-1").getFirst().header("If-Match"))
        .isEqualTo("\"3\"");
  }

  @Test
  void the_list_shows_the_units_activities_of_the_period_in_vietnamese() {
    API.json(
        "/api/activities?unit=hp-kim-thanh-vhxh&from=2026-10-01&to=2026-11-30&size=200",
        "["
            + ACTIVITY
            + ","
            + ACTIVITY.replace("\"a-1\"", "\"a-2\"").replace("ACTIVE", "WITHDRAWN")
            + "]");
    String html =
        pages(officer)
            .get("/activities?unit=hp-kim-thanh-vhxh&from=2026-10-01&to=2026-11-30")
            .text();
    assertThat(html)
        .contains("<h1>Hoạt động của đơn vị</h1>", "Từ ngày 01/10/2026 đến ngày 30/11/2026");
    assertThat(html).contains("20/11/2026", "Phát thanh, truyền thanh, truyền hình", ">2.500<");
    assertThat(html).contains("href=\"/activities/a-1\"", "href=\"/activities/a-2\"", "đã rút");
    assertThat(html).contains("<option value=\"hp-kim-thanh-vhxh\" selected=\"selected\">");
    // The same activities as a spreadsheet, from the API with the person's session.
    assertThat(html)
        .contains(
            "href=\"/api/activities.xlsx?unit=hp-kim-thanh-vhxh&amp;from=2026-10-01&amp;to=2026-11-30\"",
            "href=\"/api/activities.csv?unit=hp-kim-thanh-vhxh&amp;from=2026-10-01&amp;to=2026-11-30\"");
  }

  @Test
  void another_communes_activity_is_refused_by_the_api_and_shown_as_a_refusal() {
    API.answer(
        "GET /api/activities/a-x001",
        403,
        "{\"status\":403,\"title\":\"Không có quyền\",\"type\":\"urn:loa:problem:forbidden\"}");
    for (String path : new String[] {"/activities/a-x001", "/activities/a-x001/edit"}) {
      Http.Response page = pages(officer).get(path);
      assertThat(page.status()).as(path).isEqualTo(403);
      assertThat(page.text()).contains("Bạn không có quyền xem hoặc thay đổi dữ liệu này.");
    }
  }

  private static Map<String, String> fields(String key, String quantity, String title) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("idempotencyKey", key);
    f.put("unitId", "hp-kim-thanh-vhxh");
    f.put("category", "BROADCAST");
    f.put("occurredOn", "2026-11-20");
    f.put("title", title);
    f.put("quantity", quantity);
    f.put("participants", "");
    f.put("outlet", "Đài truyền thanh xã");
    f.put("taskId", "t-2");
    f.put("evidence", "https://kimthanh.haiphong.gov.vn/tin/1");
    return f;
  }

  /** The form as a phone's browser sends it with a photo: multipart/form-data. */
  private HttpResponse<String> multipart(Http.Response form, String key) throws Exception {
    return multipart(
        officer,
        "/activities",
        form,
        fields(key, "12", "Hội nghị tuyên truyền"),
        "photo",
        "anh-hoi-nghi.png",
        "image/png",
        "PNGDATA");
  }
}
