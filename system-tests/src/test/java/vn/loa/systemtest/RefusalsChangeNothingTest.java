package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.systemtest.Demo.DEPARTMENT;
import static vn.loa.systemtest.Demo.DEPARTMENT_OFFICE;
import static vn.loa.systemtest.Demo.portalPosts;
import static vn.loa.systemtest.Demo.total;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TopicReader;

/**
 * Every refusal, through the gateway to the real services, for every method that changes something:
 * 401, 403, 404, 412, 413, 429 and 503 each leave the store, the outbox, the topic and the totals
 * as they were — and when many clients are refused at once, what is counted is exactly what they
 * were told.
 */
class RefusalsChangeNothingTest {

  static Http gateway;
  static MongoCollection<Document> activities;

  @BeforeAll
  static void system() {
    SystemUnderTest.platform();
    gateway = SystemUnderTest.gateway();
    activities = SystemUnderTest.taskActivities();
  }

  /**
   * What a refusal must not change: the activity as stored (outbox included), its events, the
   * totals.
   */
  record Snapshot(Document stored, int events, long departmentTotal, long activitiesOfTheOffice) {}

  Snapshot snapshot(String id, String year) {
    Document stored = activities.find(new Document("_id", id)).first();
    int events =
        (int)
            TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
                .filter(r -> id.equals(r.key()))
                .count();
    long count =
        gateway
            .get(
                "/api/activities?unit="
                    + DEPARTMENT_OFFICE
                    + "&from="
                    + year
                    + "-01-01&to="
                    + year
                    + "-12-31&size=500")
            .json()
            .size();
    return new Snapshot(stored, events, total(gateway, DEPARTMENT, year), count);
  }

  static String id(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }

  @Test
  void each_refusal_of_each_method_leaves_everything_as_it_was() throws Exception {
    Http.Response created = gateway.post("/api/activities", portalPosts(4, "2017-03-01"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String location = created.header("Location");
    String id = id(location);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                total(gateway, DEPARTMENT, "2017") >= 4
                    && activities
                        .find(new Document("_id", id))
                        .first()
                        .getList("outbox", Document.class)
                        .isEmpty());
    Snapshot before = snapshot(id, "2017");
    String task = gateway.get("/api/tasks?unit=hp-skhcn-vp").json().get(0).get("id").asString();
    long taskVersion = gateway.get("/api/tasks/" + task).json().get("version").asLong();

    Http anonymous = new Http(SystemUnderTest.platform().gatewayUrl());
    Http foreign = SystemUnderTest.gatewayAs("integrator-kim-thanh", "integrator-kim-thanh-secret");
    Map<String, Object> correction = portalPosts(40, "2017-03-01");
    Map<String, Object> huge = portalPosts(40, "2017-03-01");
    huge.put("title", "x".repeat(100_000));
    Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    record Refusal(String what, int status, Http.Response answer) {}
    List<Refusal> refusals =
        List.of(
            new Refusal(
                "401 POST",
                401,
                anonymous.post(
                    "/api/activities", portalPosts(1, "2017-03-02"), "Authorization", "Bearer x")),
            new Refusal(
                "401 PUT",
                401,
                anonymous.put(
                    location, correction, "If-Match", "\"1\"", "Authorization", "Bearer x")),
            new Refusal(
                "401 DELETE",
                401,
                anonymous.delete(location, "If-Match", "\"1\"", "Authorization", "Bearer x")),
            new Refusal(
                "401 PATCH",
                401,
                anonymous.patch(
                    "/api/tasks/" + task,
                    Map.of("status", "DONE"),
                    "If-Match",
                    "\"1\"",
                    "Authorization",
                    "Bearer x")),
            new Refusal(
                "403 POST", 403, foreign.post("/api/activities", portalPosts(1, "2017-03-02"))),
            new Refusal("403 PUT", 403, foreign.put(location, correction, "If-Match", "\"1\"")),
            new Refusal("403 DELETE", 403, foreign.delete(location, "If-Match", "\"1\"")),
            new Refusal(
                "403 PATCH",
                403,
                foreign.patch(
                    "/api/tasks/" + task,
                    Map.of("status", "DONE"),
                    "If-Match",
                    "\"" + taskVersion + "\"")),
            new Refusal(
                "404 PUT",
                404,
                gateway.put("/api/activities/a-khong-co", correction, "If-Match", "\"1\"")),
            new Refusal(
                "404 DELETE",
                404,
                gateway.delete("/api/activities/a-khong-co", "If-Match", "\"1\"")),
            new Refusal(
                "404 PATCH",
                404,
                gateway.patch(
                    "/api/tasks/t-khong-co", Map.of("status", "DONE"), "If-Match", "\"1\"")),
            new Refusal("412 PUT", 412, gateway.put(location, correction, "If-Match", "\"7\"")),
            new Refusal("412 DELETE", 412, gateway.delete(location, "If-Match", "\"7\"")),
            new Refusal(
                "412 PATCH",
                412,
                gateway.patch(
                    "/api/tasks/" + task,
                    Map.of("status", "DONE"),
                    "If-Match",
                    "\"" + (taskVersion + 5) + "\"")),
            new Refusal("413 POST", 413, gateway.post("/api/activities", huge)),
            new Refusal("413 PUT", 413, gateway.put(location, huge, "If-Match", "\"1\"")));
    for (Refusal r : refusals) {
      expected.put(r.what(), r.status());
      if (r.answer().status() != r.status()) {
        wrong.add(r.what() + " -> " + r.answer());
      }
    }
    assertThat(wrong).as("%d refusals", refusals.size()).isEmpty();

    // 503: the service cannot be reached; nothing can have happened, and after it is back nothing
    // has.
    var platform = SystemUnderTest.platform();
    platform.stop(Service.TASK);
    try {
      assertThat(gateway.post("/api/activities", portalPosts(1, "2017-03-02")).status())
          .isEqualTo(503);
      assertThat(gateway.put(location, correction, "If-Match", "\"1\"").status()).isEqualTo(503);
      assertThat(gateway.delete(location, "If-Match", "\"1\"").status()).isEqualTo(503);
      assertThat(
              gateway
                  .patch(
                      "/api/tasks/" + task,
                      Map.of("status", "DONE"),
                      "If-Match",
                      "\"" + taskVersion + "\"")
                  .status())
          .isEqualTo(503);
    } finally {
      platform.startServices(Service.TASK);
    }

    Snapshot after = snapshot(id, "2017");
    assertThat(after).isEqualTo(before);
    assertThat(gateway.get("/api/tasks/" + task).json().get("version").asLong())
        .isEqualTo(taskVersion);
  }

  @Test
  void many_clients_refused_with_429_at_once_are_counted_exactly_as_they_were_told()
      throws Exception {
    Http integrator = SystemUnderTest.gatewayAs("integrator-skhcn", "integrator-skhcn-secret");
    Snapshot before = snapshot("none", "2016");
    Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    Map<Integer, Integer> reads = new ConcurrentHashMap<>();
    java.util.concurrent.atomic.AtomicBoolean storming =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    try (ExecutorService clients = Executors.newFixedThreadPool(16);
        ExecutorService readers = Executors.newFixedThreadPool(4)) {
      try {
        // The same client meanwhile sends requests the gateway answers itself (no route: 404), as
        // fast as it
        // can, so the client's rate limit is hit again and again while its writes are under way.
        for (int i = 0; i < 4; i++) {
          readers.submit(
              () -> {
                while (storming.get()) {
                  reads.merge(integrator.get("/api/khong-co-duong-dan").status(), 1, Integer::sum);
                }
              });
        }
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
          int n = i;
          String key = "refusals-2016-" + n + "-" + System.nanoTime();
          sent.add(
              clients.submit(
                  () -> {
                    Map<String, Object> body = portalPosts(1, "2016-04-01");
                    body.put("title", "Tin CCHC số " + n);
                    return sendAsAClientWould(integrator, body, key);
                  }));
        }
        for (Future<Integer> f : sent) {
          answers.merge(f.get(3, java.util.concurrent.TimeUnit.MINUTES), 1, Integer::sum);
        }
      } finally {
        // Whatever happened above, the readers stop: otherwise closing their pool would wait for
        // ever.
        storming.set(false);
      }
    }
    int accepted = answers.getOrDefault(201, 0);
    assertThat(answers.getOrDefault(429, 0))
        .as("answers %s, reads %s", answers, reads)
        .isPositive();
    assertThat(accepted + answers.getOrDefault(429, 0)).as("answers %s", answers).isEqualTo(160);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(total(gateway, DEPARTMENT, "2016"))
                    .isEqualTo(before.departmentTotal() + accepted));
    assertThat(snapshot("none", "2016").activitiesOfTheOffice())
        .isEqualTo(before.activitiesOfTheOffice() + accepted);
  }

  /**
   * One write as a client that does not know its outcome sends it: when the connection fails or
   * times out it sends the same request again with the same {@code Idempotency-Key}, once a second,
   * until it is told something other than 429 (a 429 after an unknown outcome tells it nothing
   * about the first attempt). What it was finally told is what it counts.
   */
  static int sendAsAClientWould(Http client, Map<String, Object> body, String idempotencyKey) {
    try {
      return client.post("/api/activities", body, "Idempotency-Key", idempotencyKey).status();
    } catch (IllegalStateException unknownOutcome) {
      java.util.concurrent.atomic.AtomicInteger told =
          new java.util.concurrent.atomic.AtomicInteger();
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(
              () -> {
                told.set(
                    client
                        .post("/api/activities", body, "Idempotency-Key", idempotencyKey)
                        .status());
                return told.get() != 429;
              });
      return told.get();
    }
  }
}
