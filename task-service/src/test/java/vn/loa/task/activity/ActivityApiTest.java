package vn.loa.task.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.InboundEvent;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

@IntegrationTest
class ActivityApiTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;

  Http http;

  /** The signed-in caller every change is attributed to. */
  String me;

  String commune;

  @BeforeEach
  void aCommuneTaskServiceKnows() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("hp")));
    me = "city_admin@" + units.id("hp");
    var province = units.province("hp");
    var kimThanh = units.commune("kim-thanh", province.id(), LocalDate.of(2025, 7, 1));
    units.publish(province, kimThanh);
    commune = kimThanh.id();
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune).isPresent());
  }

  Map<String, Object> broadcasts(int quantity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", commune);
    body.put("category", "BROADCAST");
    body.put("occurredOn", "2025-08-05");
    body.put("title", "Phát thanh chuyên mục CCHC trên Đài truyền thanh xã");
    body.put("quantity", quantity);
    body.put("participants", 0);
    body.put("outlet", "Đài truyền thanh xã");
    body.put("evidence", List.of("https://kimthanh.haiphong.gov.vn/cchc/bai-1"));
    return body;
  }

  @Test
  void a_recorded_activity_reads_back_and_is_published_with_version_1() {
    Http.Response created = http.post("/api/activities", broadcasts(12));

    assertThat(created.status()).isEqualTo(201);
    String location = created.header("Location");
    assertThat(location).startsWith("/api/activities/a-");
    assertThat(created.header("ETag")).isEqualTo("\"1\"");

    JsonNode read = http.get(location).json();
    assertThat(read.get("quantity").asLong()).isEqualTo(12);
    assertThat(read.get("unitId").asString()).isEqualTo(commune);
    assertThat(read.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(read.get("recordedBy").asString()).isEqualTo(me);

    String id = read.get("id").asString();
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(id))
                    .singleElement()
                    .satisfies(
                        e -> {
                          assertThat(e.type()).isEqualTo("loa.activity.recorded");
                          assertThat(e.aggregateVersion()).isEqualTo(1);
                          assertThat(data(e).quantity()).isEqualTo(12);
                          assertThat(data(e).unitId()).isEqualTo(commune);
                        }));
  }

  @Test
  void a_correction_replaces_the_figures_as_version_2_and_a_withdrawal_makes_version_3() {
    String location = http.post("/api/activities", broadcasts(12)).header("Location");

    Http.Response corrected = http.put(location, broadcasts(15), "If-Match", "\"1\"");
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(corrected.json().get("quantity").asLong()).isEqualTo(15);
    assertThat(corrected.json().get("version").asLong()).isEqualTo(2);

    Http.Response withdrawn = http.delete(location, "If-Match", "\"2\"");
    assertThat(withdrawn.status()).isEqualTo(204);
    assertThat(http.get(location).json().get("status").asString()).isEqualTo("WITHDRAWN");

    String id = location.substring(location.lastIndexOf('/') + 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(eventsOf(id))
                    .hasSize(3)
                    .satisfiesExactly(
                        e -> {
                          assertThat(e.type()).isEqualTo("loa.activity.recorded");
                          assertThat(data(e).quantity()).isEqualTo(12);
                        },
                        e -> {
                          assertThat(e.type()).isEqualTo("loa.activity.corrected");
                          assertThat(e.aggregateVersion()).isEqualTo(2);
                          assertThat(data(e).quantity()).isEqualTo(15);
                        },
                        e -> {
                          assertThat(e.type()).isEqualTo("loa.activity.withdrawn");
                          assertThat(e.aggregateVersion()).isEqualTo(3);
                          assertThat(data(e).withdrawn()).isTrue();
                        }));
  }

  @Test
  void a_stale_or_missing_version_changes_nothing() {
    String location = http.post("/api/activities", broadcasts(12)).header("Location");
    http.put(location, broadcasts(13), "If-Match", "\"1\"");

    Http.Response stale = http.put(location, broadcasts(99), "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("detail").asString()).contains("2");

    assertThat(http.put(location, broadcasts(99)).status()).isEqualTo(428);
    assertThat(http.delete(location, "If-Match", "\"1\"").status()).isEqualTo(412);
    assertThat(http.get(location).json().get("quantity").asLong()).isEqualTo(13);
  }

  @Test
  void a_withdrawn_activity_cannot_be_corrected_and_withdrawing_again_changes_nothing() {
    String location = http.post("/api/activities", broadcasts(12)).header("Location");
    http.delete(location);

    Http.Response correction = http.put(location, broadcasts(20), "If-Match", "\"2\"");
    assertThat(correction.status()).isEqualTo(409);
    assertThat(correction.json().get("type").asString()).isEqualTo("urn:loa:problem:withdrawn");

    assertThat(http.delete(location).status()).isEqualTo(204);
    assertThat(http.get(location).json().get("version").asLong()).isEqualTo(2);
  }

  @Test
  void the_same_idempotency_key_and_body_creates_nothing_new_and_another_body_is_refused() {
    Http.Response first =
        http.post("/api/activities", broadcasts(12), "Idempotency-Key", "import-2025-08-row-7");
    Http.Response again =
        http.post("/api/activities", broadcasts(12), "Idempotency-Key", "import-2025-08-row-7");

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

    Http.Response other =
        http.post("/api/activities", broadcasts(13), "Idempotency-Key", "import-2025-08-row-7");
    assertThat(other.status()).isEqualTo(409);

    assertThat(http.get("/api/activities?unit=" + commune).json().size()).isEqualTo(1);
    String id = first.json().get("id").asString();
    await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(id).size() == 1);
  }

  @Test
  void a_unit_lists_its_activities_newest_first_filtered_by_date_and_category() {
    Map<String, Object> august = broadcasts(1);
    Map<String, Object> september = broadcasts(2);
    september.put("occurredOn", "2025-09-20");
    Map<String, Object> posters = broadcasts(3);
    posters.put("category", "VISUAL");
    posters.put("occurredOn", "2025-09-01");
    http.post("/api/activities", august);
    http.post("/api/activities", september);
    http.post("/api/activities", posters);

    JsonNode all = http.get("/api/activities?unit=" + commune).json();
    assertThat(all.valueStream().map(a -> a.get("occurredOn").asString()).toList())
        .containsExactly("2025-09-20", "2025-09-01", "2025-08-05");

    JsonNode september2025Broadcasts =
        http.get(
                "/api/activities?unit="
                    + commune
                    + "&from=2025-09-01&to=2025-09-30&category=BROADCAST")
            .json();
    assertThat(september2025Broadcasts.valueStream().map(a -> a.get("quantity").asLong()).toList())
        .containsExactly(2L);
  }

  @Test
  void a_units_activities_download_as_excel_and_csv_in_words_with_the_lists_refusals()
      throws Exception {
    Map<String, Object> august = broadcasts(1200);
    Map<String, Object> posters = broadcasts(3);
    posters.put("category", "VISUAL");
    posters.put("occurredOn", "2025-09-01");
    http.post("/api/activities", august);
    String withdrawn = http.post("/api/activities", posters).json().get("id").asString();
    http.delete("/api/activities/" + withdrawn, "If-Match", "\"1\"");
    String query = "?unit=" + commune + "&from=2025-08-01&to=2025-09-30";

    Http.Response xlsx = http.get("/api/activities.xlsx" + query);
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Type")).startsWith(vn.loa.spreadsheet.TableExport.XLSX);
    assertThat(xlsx.header("Content-Disposition"))
        .contains("attachment", "hoat-dong-" + commune + "-tu-2025-08-01-den-2025-09-30.xlsx");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ngày thực hiện");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Hình thức");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      var september = sheet.getRow(1);
      assertThat(september.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 9, 1));
      assertThat(september.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(september.getCell(7).getStringCellValue()).isEqualTo("Đã rút");
      var august2025 = sheet.getRow(2);
      assertThat(august2025.getCell(1).getStringCellValue())
          .isEqualTo("Phát thanh, truyền thanh, truyền hình");
      assertThat(august2025.getCell(3).getNumericCellValue()).isEqualTo(1200);
      assertThat(august2025.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(august2025.getCell(6).getStringCellValue())
          .isEqualTo("https://kimthanh.haiphong.gov.vn/cchc/bai-1");
      assertThat(august2025.getCell(7).getStringCellValue()).isEmpty();
    }

    Http.Response csv = http.get("/api/activities.csv" + query);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(csv.text())
        .contains("\"Ngày thực hiện\",\"Hình thức\",\"Nội dung\"")
        .contains("\"05/08/2025\",\"Phát thanh, truyền thanh, truyền hình\"")
        .contains("\"Đã rút\"")
        .doesNotContain("BROADCAST");

    // The list's refusals: a span that ends before it starts, another commune's officer.
    Http.Response backwards =
        http.get("/api/activities.xlsx?unit=" + commune + "&from=2025-09-30&to=2025-08-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("COMMUNE_OFFICER", "hp-elsewhere"))
                .get("/api/activities.csv" + query)
                .status())
        .isEqualTo(403);
  }

  @Test
  void server_owned_fields_in_the_body_are_ignored() {
    Map<String, Object> body = broadcasts(4);
    body.put("id", "chosen-by-client");
    body.put("version", 42);
    body.put("status", "WITHDRAWN");
    body.put("recordedBy", "someone-else");

    Http.Response response = http.post("/api/activities", body);

    assertThat(response.status()).isEqualTo(201);
    JsonNode created = response.json();
    assertThat(created.get("id").asString()).isNotEqualTo("chosen-by-client");
    assertThat(created.get("version").asLong()).isEqualTo(1);
    assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(created.get("recordedBy").asString()).isEqualTo(me);
  }

  /** The activity's events as a consumer decodes them, in order. */
  private List<InboundEvent> eventsOf(String activityId) {
    return TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
        .filter(r -> activityId.equals(r.key()))
        .map(r -> codec.decode(r.value().getBytes(StandardCharsets.UTF_8)))
        .toList();
  }

  private ActivitySnapshot data(InboundEvent e) {
    return codec.data(e, ActivityEvents.TOPIC, ActivitySnapshot.class);
  }
}
