package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.testsupport.Http;

/**
 * The reporting duties of the local default as the seed documents impose them: decision 3041 binds
 * every department and commune it addresses — none of which has to issue a plan to owe a report —
 * to report to the three receivers it names; 58/KH-NV (second half of 2025) owes the third-quarter
 * and yearly reports and nothing in 2026; Sở VHTTDL's officer sees what is sent to it and takes it
 * in.
 */
class ReportingDutiesTest {

  static final List<String> RECEIVERS = List.of("hp-vp-ubnd", "hp-snv", "hp-svhttdl");
  static Set<String> addressees;

  @BeforeAll
  static void addressees() throws Exception {
    JsonNode decision =
        JsonMapper.builder()
            .build()
            .readTree(
                Path.of("..", "plan-service/src/main/resources/demo/plans/hp-qd-3041-2025.json")
                    .toFile());
    addressees =
        decision
            .get("content")
            .get("addressees")
            .valueStream()
            .map(JsonNode::asString)
            .collect(Collectors.toSet());
  }

  static Set<String> ids(JsonNode units, String field) {
    return units.valueStream().map(u -> u.get(field).asString()).collect(Collectors.toSet());
  }

  @Test
  void every_addressee_of_3041_owes_the_third_quarter_report_and_is_missing_until_it_submits() {
    Http city = SystemUnderTest.gateway();
    JsonNode q3 = city.get("/api/reports/completeness?parent=hp&window=2025Q3").json();
    assertThat(addressees).hasSize(125);
    assertThat(q3.get("expected").asInt()).isEqualTo(125);
    assertThat(ids(q3.get("units"), "unitId")).isEqualTo(addressees);
    assertThat(q3.get("submitted").asInt() + q3.get("missing").asInt()).isEqualTo(125);
    for (JsonNode unit : q3.get("units")) {
      assertThat(unit.get("deadline").asString())
          .as("trước ngày 20 tháng cuối của quý")
          .isEqualTo("2025-09-19");
      // A receiver that is an addressee too sends its own report to the other two.
      assertThat(unit.get("receiverIds").valueStream().map(JsonNode::asString))
          .containsExactlyElementsOf(
              RECEIVERS.stream().filter(r -> !r.equals(unit.get("unitId").asString())).toList());
      assertThat(unit.get("unitName").asString()).doesNotStartWith("hp-");
      if (!unit.hasNonNull("submittedAt")) {
        assertThat(q3.get("missingUnits").valueStream().map(JsonNode::asString))
            .contains(unit.get("unitId").asString());
      }
    }
  }

  @Test
  void
      the_foreign_affairs_department_owes_the_third_quarter_and_the_year_of_2025_and_nothing_in_2026() {
    JsonNode owed = SystemUnderTest.gateway().get("/api/reports?unit=hp-sngv").json();
    assertThat(owed.valueStream().map(r -> r.get("window").asString()))
        .containsExactly("2025Q3", "2025");
    assertThat(owed.get(1).get("deadline").asString()).isEqualTo("2025-12-19");
    assertThat(owed.get(1).get("receiverIds").valueStream().map(JsonNode::asString))
        .containsExactlyElementsOf(RECEIVERS);
  }

  @Test
  void the_culture_departments_officer_sees_the_reports_sent_to_it_and_takes_one_in()
      throws Exception {
    BrowserSession commune = BrowserSession.signIn("officer.x001");
    JsonNode report = commune.get("/api/reports?unit=hp-x001&window=2025").json().get(0);
    String id = report.get("id").asString();
    if (report.get("status").asString().equals("DRAFT")) {
      BrowserSession.Answer submitted = commune.post("/api/reports/" + id + "/submit", null);
      assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
      // Sent on 1/12/2026 or later: a year after the last day on time.
      assertThat(submitted.json().get("onTime").asBoolean()).isFalse();
    }

    BrowserSession culture = BrowserSession.signIn("officer.svhttdl");
    BrowserSession.Answer sent = culture.get("/api/reports?receiver=hp-svhttdl&window=2025");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(ids(sent.json(), "unitId")).contains("hp-x001");
    assertThat(
            culture
                .get("/api/reports/completeness?parent=hp-svhttdl&window=2025")
                .json()
                .get("expected")
                .asInt())
        .as("every addressee but itself")
        .isEqualTo(124);
    BrowserSession.Answer accepted = culture.post("/api/reports/" + id + "/approve", null);
    assertThat(accepted.status()).as(accepted.body()).isIn(200, 409);
    assertThat(culture.get("/api/reports/" + id).json().get("status").asString())
        .isEqualTo("APPROVED");
    assertThat(commune.post("/api/reports/" + id + "/approve", null).status()).isEqualTo(403);
  }

  static final String OTHER_FORMS =
      "Tuyên truyền trên các nền tảng mạng xã hội (Facebook, Zalo,…vv), hệ thống thông tin cơ sở,"
          + " cổ động trực quan";

  @Test
  void
      the_culture_departments_officer_reads_the_citys_indicator_table_and_it_is_seed_004s_appendix()
          throws Exception {
    BrowserSession culture = BrowserSession.signIn("officer.svhttdl");
    BrowserSession.Answer answer =
        culture.get("/api/statistics/indicators?unit=hp&from=2021&to=2025&asOf=2025-03-31");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode table = answer.json();
    assertThat(table.get("columns").valueStream().map(c -> c.get("label").asString()))
        .containsExactly(
            "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025 (Tính đến 31/3)");
    java.util.Map<String, List<Object>> appendix = new java.util.LinkedHashMap<>();
    appendix.put("1.1", List.of(1L, 1L, 1L, 1L, 0L));
    appendix.put("1.2", List.of(2500L, 2900L, 3000L, 3200L, 800L));
    appendix.put("1.4", List.of(1L, 1L, 1L, 1L, 1L));
    appendix.put("1.5", List.of(OTHER_FORMS, OTHER_FORMS, OTHER_FORMS, OTHER_FORMS, OTHER_FORMS));
    java.util.Map<String, List<Object>> shown = new java.util.LinkedHashMap<>();
    for (JsonNode row : table.get("rows")) {
      shown.put(
          row.get("code").asString(),
          row.get("values")
              .valueStream()
              .map(v -> v.isNumber() ? (Object) v.asLong() : v.asString())
              .toList());
    }
    assertThat(shown).isEqualTo(appendix);
    // Recorded on the districts of the former city, which ended on 30/6/2025: counted, not dropped.
    assertThat(culture.get("/api/statistics/totals?unit=hp-h-vinh-bao&period=2024").status())
        .isEqualTo(200);
    // Without the cut-off, the year 2025 is whole; the demo has nothing after 31/3 in these rows.
    assertThat(
            culture
                .get("/api/statistics/indicators?unit=hp&from=2021&to=2024")
                .json()
                .get("rows")
                .get(1)
                .get("values")
                .valueStream()
                .map(JsonNode::asLong))
        .containsExactly(2500L, 2900L, 3000L, 3200L);
    assertThat(
            culture
                .post(
                    "/api/activities",
                    java.util.Map.of(
                        "unitId",
                        "hp-x001",
                        "category",
                        "VISUAL",
                        "occurredOn",
                        "2025-08-01",
                        "title",
                        "Pa-nô",
                        "quantity",
                        1))
                .status())
        .as("reads the city, writes only its own")
        .isEqualTo(403);
  }
}
