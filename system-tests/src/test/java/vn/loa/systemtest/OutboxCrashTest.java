package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.systemtest.Demo.PROVINCE;
import static vn.loa.systemtest.Demo.portalPosts;
import static vn.loa.systemtest.Demo.total;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.audit.AuditEvents;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TopicReader;

/**
 * task-service is killed (SIGKILL) in the states the two windows of the outbox leave behind: an
 * activity written but its event not published (staged by running it without a relay), and an event
 * published but not marked sent (staged by putting the published event back by hand). After a
 * restart the event is published, and counted exactly once.
 */
class OutboxCrashTest {

  static RunningPlatform platform;
  static Http gateway;
  static MongoCollection<Document> activities;

  @BeforeAll
  static void system() {
    platform = SystemUnderTest.platform();
    gateway = SystemUnderTest.gateway();
    activities = SystemUnderTest.taskActivities();
  }

  static void awaitTotal(long expected) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(() -> assertThat(total(gateway, PROVINCE, "2020")).isEqualTo(expected));
  }

  static String id(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }

  static List<TopicReader.Record> published(String id) {
    return TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
        .filter(r -> id.equals(r.key()))
        .toList();
  }

  @Test
  void killed_after_the_write_and_before_the_publish_the_event_is_published_after_restart()
      throws Exception {
    long city = total(gateway, PROVINCE, "2020");
    // An instance that does not relay its outbox (an API-only replica): writes stay pending.
    platform.kill(Service.TASK);
    platform.startService(Service.TASK, List.of("--loa.outbox.relay-enabled=false"));

    String location =
        gateway.post("/api/activities", portalPosts(5, "2020-06-01")).header("Location");
    String id = id(location);
    Document stored = activities.find(new Document("_id", id)).first();
    // The activity event and its audit entry, pending in the same document.
    assertThat(stored.getList("outbox", Document.class))
        .extracting(d -> d.getString("topic"))
        .containsExactlyInAnyOrder(
            ActivityEvents.TOPIC.name(), AuditEvents.FROM_TASK_SERVICE.name());
    assertThat(published(id)).isEmpty();

    platform.kill(Service.TASK);
    platform.startServices(Service.TASK);

    awaitTotal(city + 5);
    assertThat(published(id)).hasSize(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                TopicReader.readAll(AuditEvents.FROM_TASK_SERVICE.name()).stream()
                    .anyMatch(r -> id.equals(r.key())));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                activities
                    .find(new Document("_id", id))
                    .first()
                    .getList("outbox", Document.class)
                    .isEmpty());
  }

  @Test
  void
      killed_after_the_publish_and_before_it_is_marked_sent_the_event_is_published_again_and_counted_once()
          throws Exception {
    long city = total(gateway, PROVINCE, "2020");
    String location =
        gateway.post("/api/activities", portalPosts(6, "2020-07-01")).header("Location");
    String id = id(location);
    awaitTotal(city + 6);
    TopicReader.Record sent = published(id).getFirst();

    // The state a crash between publishing and removing leaves behind: the event still pending.
    var envelope = JsonMapper.builder().build().readTree(sent.value());
    Document pending =
        new Document("eventId", envelope.get("id").asString())
            .append("topic", ActivityEvents.TOPIC.name())
            .append("key", id)
            .append("type", envelope.get("type").asString())
            .append("payload", sent.value())
            .append("createdAt", new Date());
    platform.kill(Service.TASK);
    activities.updateOne(
        new Document("_id", id), new Document("$push", new Document("outbox", pending)));
    platform.startServices(Service.TASK);

    await().atMost(Duration.ofSeconds(60)).until(() -> published(id).size() == 2);
    // A correction travels behind the duplicate on the same partition: had the duplicate been
    // counted twice, the total would now be off by 6.
    assertThat(gateway.put(location, portalPosts(8, "2020-07-01"), "If-Match", "\"1\"").status())
        .isEqualTo(200);
    awaitTotal(city + 8);
  }
}
