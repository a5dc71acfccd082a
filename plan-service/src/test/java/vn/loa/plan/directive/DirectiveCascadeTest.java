package vn.loa.plan.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.plan.support.PlanFixtures.citing;
import static vn.loa.plan.support.PlanFixtures.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * City → commune → the commune's units: directives arrive, and compliance follows the plans issued.
 */
@IntegrationTest
@TestPropertySource(properties = "loa.demo.enabled=true")
class DirectiveCascadeTest extends PlanServiceTest {

  static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

  Map<String, Object> cityPlan(String deadline) {
    Map<String, Object> p = plan(fx.province, "Kế hoạch tuyên truyền CCHC thành phố");
    p.put("addressees", List.of(fx.department, fx.otherDepartment, fx.commune, fx.otherCommune));
    p.put("implementationDeadline", deadline);
    return p;
  }

  JsonNode compliance(String planId) {
    Http.Response r = http.get("/api/plans/" + planId + "/compliance");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  JsonNode row(JsonNode compliance, String unit) {
    return compliance
        .get("units")
        .valueStream()
        .filter(u -> u.get("unitId").asString().equals(unit))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void every_addressee_finds_the_plan_in_its_inbox_and_compliance_follows_three_levels_down() {
    String city = fx.issue(cityPlan(TODAY));

    JsonNode inbox = http.get("/api/directives?unit=" + fx.commune).json();
    assertThat(inbox.size()).isEqualTo(1);
    assertThat(inbox.get(0).get("planId").asString()).isEqualTo(city);
    assertThat(inbox.get(0).get("status").asString()).isEqualTo("PENDING");
    assertThat(compliance(city).get("summary").get("addressees").asInt()).isEqualTo(4);
    assertThat(compliance(city).get("summary").get("issued").asInt()).isZero();

    Map<String, Object> commune = plan(fx.commune, "Kế hoạch triển khai của xã");
    commune.put("basis", List.of(citing(city)));
    commune.put("addressees", List.of(fx.communeOffice, fx.communeCulture));
    commune.put("implementationDeadline", TODAY);
    String communePlan = fx.issue(commune);

    JsonNode after = compliance(city);
    assertThat(after.get("summary").get("issued").asInt()).isEqualTo(1);
    assertThat(after.get("summary").get("pending").asInt()).isEqualTo(3);
    assertThat(row(after, fx.commune).get("status").asString()).isEqualTo("ISSUED");
    assertThat(row(after, fx.commune).get("fulfilledBy").get("planId").asString())
        .isEqualTo(communePlan);
    assertThat(row(after, fx.commune).get("implementation").get("addressees").asInt()).isEqualTo(2);
    assertThat(
            http.get("/api/directives?unit=" + fx.commune).json().get(0).get("status").asString())
        .isEqualTo("ISSUED");

    Map<String, Object> unitPlan = plan(fx.communeCulture, "Kế hoạch của Phòng Văn hóa – Xã hội");
    unitPlan.put("basis", List.of(citing(communePlan), citing(city)));
    fx.issue(unitPlan);

    assertThat(row(compliance(city), fx.commune).get("implementation").get("issued").asInt())
        .isEqualTo(1);
    assertThat(compliance(communePlan).get("summary").get("issued").asInt()).isEqualTo(1);
    assertThat(row(compliance(communePlan), fx.communeOffice).get("status").asString())
        .isEqualTo("PENDING");
  }

  @org.springframework.beans.factory.annotation.Autowired DirectiveReminders reminders;

  /** The directive reminders on the topic for one plan. */
  static List<JsonNode> remindersOf(String planId) {
    tools.jackson.databind.json.JsonMapper json =
        tools.jackson.databind.json.JsonMapper.builder().build();
    return vn.loa.testsupport.TopicReader.readAll(
            vn.loa.contracts.plan.PlanEvents.DIRECTIVE_REMINDERS.name())
        .stream()
        .filter(r -> r.key().startsWith(planId + "|"))
        .map(r -> json.readTree(r.value()).get("data"))
        .toList();
  }

  @Test
  void
      addressees_that_have_not_issued_their_plan_are_reminded_in_working_days_and_the_others_never() {
    // Deadline Sunday 18/10/2026: reminded from Tuesday 13/10 (3 working days before Friday 16/10)
    // and on it.
    Map<String, Object> p = cityPlan("2026-10-18");
    p.put("issuedOn", "2026-09-25");
    String city = fx.issue(p);
    Map<String, Object> done = plan(fx.department, "Kế hoạch thực hiện của Sở");
    done.put("issuedOn", "2026-10-05");
    done.put("basis", List.of(citing(city)));
    fx.issue(done);

    reminders.sendDue(LocalDate.of(2026, 10, 12));
    reminders.sendDue(LocalDate.of(2026, 10, 13));
    reminders.sendDue(LocalDate.of(2026, 10, 13));
    reminders.sendDue(LocalDate.of(2026, 10, 15));
    reminders.sendDue(LocalDate.of(2026, 10, 16));
    assertThat(reminders.sendDue(LocalDate.of(2026, 10, 17))).as("Saturday").isZero();
    reminders.sendDue(LocalDate.of(2026, 10, 19));

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(remindersOf(city)).hasSize(6));
    List<JsonNode> sent = remindersOf(city);
    assertThat(sent.stream().map(r -> r.get("unitId").asString() + " " + r.get("kind").asString()))
        .containsExactlyInAnyOrder(
            fx.otherDepartment + " BEFORE_DEADLINE", fx.otherDepartment + " ON_DEADLINE",
            fx.commune + " BEFORE_DEADLINE", fx.commune + " ON_DEADLINE",
            fx.otherCommune + " BEFORE_DEADLINE", fx.otherCommune + " ON_DEADLINE");
    JsonNode one = sent.get(0);
    assertThat(one.get("subject").asString()).isEqualTo("DIRECTIVE");
    assertThat(one.get("subjectId").asString()).isEqualTo(city);
    assertThat(one.get("dueOn").asString()).isEqualTo("2026-10-18");
    assertThat(one.get("title").asString())
        .startsWith("Ban hành kế hoạch thực hiện ")
        .endsWith("Kế hoạch tuyên truyền CCHC thành phố");
    assertThat(
            vn.loa.testsupport.EventSchemas.violations(
                vn.loa.contracts.plan.PlanEvents.DIRECTIVE_REMINDERS.name()))
        .as("as docs/schemas describes them")
        .isEmpty();
  }

  @Test
  void who_is_late_is_judged_against_the_implementation_deadline() {
    Map<String, Object> p = cityPlan("2025-08-15");
    p.put("issuedOn", "2025-07-26");
    String city = fx.issue(p);
    Map<String, Object> onTime = plan(fx.department, "Đúng hạn");
    onTime.put("issuedOn", "2025-08-15");
    onTime.put("basis", List.of(citing(city)));
    fx.issue(onTime);
    Map<String, Object> late = plan(fx.commune, "Trễ hạn");
    late.put("issuedOn", "2025-09-01");
    late.put("basis", List.of(citing(city)));
    fx.issue(late);

    JsonNode c = compliance(city);
    assertThat(row(c, fx.department).get("status").asString()).isEqualTo("ISSUED");
    assertThat(row(c, fx.commune).get("status").asString()).isEqualTo("ISSUED_LATE");
    assertThat(row(c, fx.otherCommune).get("status").asString()).isEqualTo("OVERDUE");
    assertThat(c.get("summary").get("issuedLate").asInt()).isEqualTo(1);
    assertThat(c.get("summary").get("overdue").asInt()).isEqualTo(2);
  }

  @Test
  void compliance_as_a_spreadsheet_lists_the_overdue_first_in_words() throws Exception {
    Map<String, Object> p = cityPlan("2025-08-15");
    p.put("issuedOn", "2025-07-26");
    String city = fx.issue(p);
    Map<String, Object> late = plan(fx.commune, "Trễ hạn");
    late.put("issuedOn", "2025-09-01");
    late.put("basis", List.of(citing(city)));
    fx.issue(late);
    JsonNode c = compliance(city);
    String communeName = row(c, fx.commune).get("name").asString();
    String lateNumber = row(c, fx.commune).get("fulfilledBy").get("number").asString();

    Http.Response xlsx = http.get("/api/plans/" + city + "/compliance.xlsx");
    assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
    assertThat(xlsx.header("Content-Disposition")).contains("ban-hanh-ke-hoach-" + city + ".xlsx");
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.bytes()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      for (int r = 1; r <= 3; r++) {
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue())
            .as("row " + r)
            .isEqualTo("Quá hạn ban hành kế hoạch");
      }
      var commune = sheet.getRow(4);
      assertThat(commune.getCell(0).getStringCellValue()).isEqualTo(communeName);
      assertThat(commune.getCell(1).getStringCellValue()).isEqualTo("Ban hành kế hoạch trễ hạn");
      assertThat(commune.getCell(2).getStringCellValue()).isEqualTo(lateNumber);
      assertThat(commune.getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 9, 1));
    }
    String csv = http.get("/api/plans/" + city + "/compliance.csv").text();
    assertThat(csv)
        .startsWith("\uFEFF\"Đơn vị\",\"Trạng thái\"")
        .contains("\"01/09/2025\"")
        .doesNotContain("OVERDUE", "ISSUED_LATE");
    // The same refusals as the table: a plan that does not exist, a unit that is not the issuer's.
    assertThat(http.get("/api/plans/p-missing/compliance.csv").status()).isEqualTo(404);
    assertThat(
            fx.http
                .as(TestIdentity.token("COMMUNE_OFFICER", fx.commune))
                .get("/api/plans/" + city + "/compliance.xlsx")
                .status())
        .isEqualTo(403);
  }

  @Test
  void revoking_a_plan_closes_the_directives_not_yet_implemented() {
    String city = fx.issue(cityPlan(TODAY));
    Map<String, Object> done = plan(fx.department, "Đã triển khai");
    done.put("basis", List.of(citing(city)));
    fx.issue(done);

    fx.issuerOf(city).post("/api/plans/" + city + "/revoke", Map.of("reason", "Thay thế"));

    JsonNode c = compliance(city);
    assertThat(row(c, fx.department).get("status").asString()).isEqualTo("ISSUED");
    assertThat(row(c, fx.commune).get("status").asString()).isEqualTo("CLOSED");
    assertThat(c.get("summary").get("closed").asInt()).isEqualTo(3);
    assertThat(
            http.get("/api/directives?unit=" + fx.commune).json().get(0).get("status").asString())
        .isEqualTo("CLOSED");
  }

  @Test
  void a_plan_addressed_to_every_commune_and_department_of_the_demo_city_directs_each_of_them() {
    http = fx.http.as(TestIdentity.token("CITY_ADMIN", "hp")); // the demo city's administrator
    List<String> addressees = new ArrayList<>();
    http.get("/api/org-units?parent=hp&on=" + TODAY)
        .json()
        .valueStream()
        .forEach(u -> addressees.add(u.get("id").asString()));
    assertThat(addressees).as("today's departments and communes").hasSize(125);
    Map<String, Object> p = plan("hp", "Kế hoạch gửi tất cả sở, xã, phường, đặc khu");
    p.put("addressees", addressees);
    p.put("implementationDeadline", TODAY);
    String id = fx.issue(p);

    JsonNode c = compliance(id);
    assertThat(c.get("summary").get("addressees").asInt()).isEqualTo(125);
    assertThat(c.get("summary").get("pending").asInt()).isEqualTo(125);
    assertThat(
            http.get("/api/directives?unit=hp-x066")
                .json()
                .valueStream()
                .map(d -> d.get("planId").asString()))
        .contains(id);

    Map<String, Object> xa = plan("hp-x066", "Kế hoạch xã mẫu 066");
    xa.put("basis", List.of(citing(id)));
    fx.issue(xa);
    assertThat(compliance(id).get("summary").get("issued").asInt()).isEqualTo(1);

    // A district ended on 30/6/2025: a plan issued after that day cannot be addressed to it.
    Map<String, Object> toEnded = plan("hp", "Kế hoạch gửi một quận đã kết thúc");
    toEnded.put("addressees", List.of("hp-h-le-chan"));
    Http.Response refused =
        fx.http.as(TestIdentity.token("CITY_ADMIN", "hp")).post("/api/plans", toEnded);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("code").asString())
        .isEqualTo("inactive-unit");
  }

  @Test
  void bad_queries_are_problems() {
    assertThat(http.get("/api/directives").status()).isEqualTo(400);
    // An unknown unit is refused like another province's: the answer tells nothing about existence.
    assertThat(http.get("/api/directives?unit=nowhere").status()).isEqualTo(403);
    assertThat(http.get("/api/plans/p-missing/compliance").status()).isEqualTo(404);
    String draft = fx.draft(plan(fx.province, "Dự thảo")).json().get("id").asString();
    assertThat(http.get("/api/plans/" + draft + "/compliance").status()).isEqualTo(409);
  }
}
