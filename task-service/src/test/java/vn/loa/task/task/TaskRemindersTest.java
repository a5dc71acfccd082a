package vn.loa.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.issued;
import static vn.loa.task.support.PlanEventsFixture.on;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.calendar.ReminderDays;
import vn.loa.contracts.task.TaskEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.plan.PlanReplicas;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * Reminders of tasks due: counted in working days, sent on working days only, once per task and
 * kind, never for a task that is done; and "sắp đến hạn" in the same working days.
 */
@IntegrationTest
class TaskRemindersTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired PlanReplicas planReplicas;
  @Autowired vn.loa.task.orgunit.OrgUnitDirectory directory;
  @Autowired TaskReminders reminders;
  @Autowired ReminderDays reminderDays;

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** The reminders on the topic for one task, as (kind, payload). */
  static List<JsonNode> remindersOf(String taskId) {
    JsonMapper json = JsonMapper.builder().build();
    return TopicReader.readAll(TaskEvents.REMINDERS.name()).stream()
        .filter(r -> r.key().startsWith(taskId + "|"))
        .map(r -> json.readTree(r.value()).get("data"))
        .toList();
  }

  @Test
  void a_task_due_on_a_sunday_is_reminded_of_before_and_on_the_friday_and_a_done_one_never() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    Http http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("so")));
    String office = units.id("vp");
    String centre = units.id("ttcntt");
    units.publish(
        units.province("so"),
        units.unit("vp", units.id("so")),
        units.unit("ttcntt", units.id("so")));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> directory.find(office).isPresent() && directory.find(centre).isPresent());
    String planId = "p-" + UUID.randomUUID();
    // Due Sunday 18/10/2026: its last working day is Friday 16/10.
    new PlanEventsFixture(codec)
        .publish(
            issued(
                planId,
                1,
                2,
                content(
                    "so",
                    List.of(
                        assignment(
                            office,
                            "LEAD",
                            on("2026-10-18"),
                            "Tổ chức hội nghị đối thoại",
                            "Tổng hợp ý kiến"),
                        assignment(centre, "LEAD", on("2026-10-18"), "Đăng tin hội nghị")))));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                planReplicas.find(planId).isPresent()
                    && http.get("/api/tasks?unit=" + office).json().size() == 1
                    && http.get("/api/tasks?unit=" + centre).json().size() == 1);
    String task = http.get("/api/tasks?unit=" + office).json().get(0).get("id").asString();
    String doneTask = http.get("/api/tasks?unit=" + centre).json().get(0).get("id").asString();
    Http.Response done =
        http.patch("/api/tasks/" + doneTask, Map.of("status", "DONE"), "If-Match", "\"1\"");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);

    reminders.sendDue(d(2026, 10, 12)); // Monday: Friday is 4 working days away
    reminders.sendDue(d(2026, 10, 13)); // Tuesday: 3
    reminders.sendDue(d(2026, 10, 14));
    reminders.sendDue(d(2026, 10, 13)); // a second run of the same day
    reminders.sendDue(d(2026, 10, 16)); // Friday, the last working day
    assertThat(reminders.sendDue(d(2026, 10, 17))).as("Saturday").isZero();
    assertThat(reminders.sendDue(d(2026, 10, 18))).as("Sunday, the due day itself").isZero();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(remindersOf(task)).hasSize(2));
    List<JsonNode> sent = remindersOf(task);
    assertThat(sent.stream().map(r -> r.get("kind").asString()))
        .containsExactlyInAnyOrder("BEFORE_DEADLINE", "ON_DEADLINE");
    JsonNode first = sent.get(0);
    assertThat(first.get("subject").asString()).isEqualTo("TASK");
    assertThat(first.get("subjectId").asString()).isEqualTo(task);
    assertThat(first.get("unitId").asString()).isEqualTo(office);
    assertThat(first.get("title").asString())
        .isEqualTo("Tổ chức hội nghị đối thoại; Tổng hợp ý kiến");
    assertThat(first.get("dueOn").asString()).isEqualTo("2026-10-18");
    assertThat(remindersOf(doneTask)).as("a task done is not reminded of").isEmpty();
  }

  @Test
  void sap_den_han_is_a_few_working_days_ahead_and_never_for_a_task_done_or_cancelled() {
    LocalDate due = d(2026, 10, 18);
    assertThat(Timeliness.of(TaskStatus.NOT_STARTED, due, null, d(2026, 10, 12), reminderDays))
        .isEqualTo(Timeliness.IN_TIME);
    assertThat(Timeliness.of(TaskStatus.IN_PROGRESS, due, null, d(2026, 10, 14), reminderDays))
        .isEqualTo(Timeliness.DUE_SOON);
    assertThat(Timeliness.of(TaskStatus.NOT_STARTED, due, null, due, reminderDays))
        .isEqualTo(Timeliness.DUE_SOON);
    assertThat(Timeliness.of(TaskStatus.NOT_STARTED, due, null, d(2026, 10, 19), reminderDays))
        .isEqualTo(Timeliness.OVERDUE);
    assertThat(Timeliness.of(TaskStatus.DONE, due, d(2026, 10, 15), d(2026, 10, 15), reminderDays))
        .isEqualTo(Timeliness.DONE_ON_TIME);
    assertThat(Timeliness.of(TaskStatus.CANCELLED, due, null, d(2026, 10, 15), reminderDays))
        .isEqualTo(Timeliness.NOT_APPLICABLE);
    assertThat(
            Timeliness.of(
                TaskStatus.NOT_STARTED, d(2027, 3, 1), null, d(2027, 2, 26), reminderDays))
        .as("a year without a calendar: not told, so trong hạn")
        .isEqualTo(Timeliness.IN_TIME);
  }
}
