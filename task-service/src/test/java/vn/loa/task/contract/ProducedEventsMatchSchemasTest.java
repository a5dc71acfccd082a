package vn.loa.task.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.issued;
import static vn.loa.task.support.PlanEventsFixture.on;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.task.task.TaskReminders;
import vn.loa.testsupport.EventSchemas;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Contract test of every topic task-service produces: each kind of event it writes — an activity
 * recorded, corrected and withdrawn, a task created and progressed, a task reminder, their audit
 * entries — is on its topic as docs/schemas describes it, envelope and data.
 */
@IntegrationTest
class ProducedEventsMatchSchemasTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;
  @Autowired TaskReminders reminders;

  @Test
  void every_event_produced_matches_its_documented_schema() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    Http http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("hp")));
    var province = units.province("hp");
    var commune = units.commune("kim-thanh", province.id(), LocalDate.of(2025, 7, 1));
    var office = units.unit("vp", commune.id());
    units.publish(province, commune, office);
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(office.id()).isPresent());

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", commune.id());
    body.put("category", "BROADCAST");
    body.put("occurredOn", "2025-08-05");
    body.put("title", "Phát thanh chuyên mục CCHC");
    body.put("quantity", 3);
    body.put("outlet", "Đài truyền thanh xã");
    String location = http.post("/api/activities", body).header("Location");
    body.put("quantity", 4);
    assertThat(http.put(location, body, "If-Match", "\"1\"").status()).isEqualTo(200);
    assertThat(http.delete(location, "If-Match", "\"2\"").status()).isIn(200, 204);

    String planId = "p-" + UUID.randomUUID();
    new PlanEventsFixture(codec)
        .publish(
            issued(
                planId,
                1,
                2,
                content(
                    commune.id(),
                    List.of(
                        assignment(office.id(), "LEAD", on("2026-10-16"), "Tổ chức hội nghị")))));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> http.get("/api/tasks?unit=" + office.id()).json().size() == 1);
    String task = http.get("/api/tasks?unit=" + office.id()).json().get(0).get("id").asString();
    assertThat(
            http.patch("/api/tasks/" + task, Map.of("status", "IN_PROGRESS"), "If-Match", "\"1\"")
                .status())
        .isEqualTo(200);
    reminders.sendDue(LocalDate.of(2026, 10, 16));

    List<String> topics =
        List.of(
            ActivityEvents.TOPIC.name(),
            TaskEvents.TOPIC.name(),
            TaskEvents.REMINDERS.name(),
            AuditEvents.FROM_TASK_SERVICE.name());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                topics.stream()
                    .allMatch(
                        t ->
                            TopicReader.readAll(t).stream()
                                .anyMatch(r -> mine(r, location, task))));
    for (String topic : topics) {
      assertThat(EventSchemas.violations(topic)).as(topic).isEmpty();
    }
  }

  static boolean mine(TopicReader.Record r, String activityLocation, String task) {
    String activity = activityLocation.substring(activityLocation.lastIndexOf('/') + 1);
    return r.key() != null && (r.key().startsWith(activity) || r.key().startsWith(task));
  }
}
