package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.Envelope;
import vn.loa.contracts.EventType;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.platform.RunningPlatform;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TopicReader;
import vn.loa.testsupport.TopicWriter;

/**
 * The proof of exactness: while a stream of over 20,000 activity events — records, corrections,
 * withdrawals, duplicate deliveries, versions out of order and some poison — flows, the aggregator
 * is killed with SIGKILL at least five times and restarted. At the end every total of every unit
 * and period equals an oracle computed independently from the records sent; the poison is in the
 * dead-letter topic.
 */
class RollupFaultInjectionTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final int ACTIVITIES = 11_500;
  static final int KILLS = 5;
  static final List<String> CATEGORIES =
      List.of("BROADCAST", "PORTAL_POST", "VISUAL", "CONTEST", "SOCIAL_POST");
  static final List<String> PERIODS =
      List.of("period=2018", "period=2018Q4", "period=2018M12", "window=2019Q1", "window=2018");

  static RunningPlatform platform;
  static Http gateway;

  @BeforeAll
  static void system() {
    platform = SystemUnderTest.platform();
    gateway = SystemUnderTest.gateway();
  }

  /** The units of two departments and three communes, and for each its chain up to the city. */
  static Map<String, List<String>> units() {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    for (String parent : List.of("hp-skhcn", "hp-sngv", "hp-kim-thanh", "hp-x010", "hp-p020")) {
      for (JsonNode unit : gateway.get("/api/org-units?parent=" + parent).json()) {
        paths.put(unit.get("id").asString(), List.of(unit.get("id").asString(), parent, "hp"));
      }
    }
    return paths;
  }

  record Sent(String key, byte[] value) {}

  @Test
  void totals_stay_exact_through_five_sigkills_of_the_aggregator() {
    Map<String, List<String>> paths = units();
    List<String> recorders = new ArrayList<>(paths.keySet());
    Random random = new Random(20251123);
    String run = UUID.randomUUID().toString().substring(0, 6);

    // The stream, and the oracle's view of each activity's latest version.
    List<Sent> stream = new ArrayList<>();
    Map<String, ActivitySnapshot> latest = new HashMap<>();
    for (int i = 0; i < ACTIVITIES; i++) {
      String id = "fi-" + run + "-" + i;
      String unit = recorders.get(random.nextInt(recorders.size()));
      List<ActivitySnapshot> versions = new ArrayList<>();
      versions.add(snapshot(id, unit, random, 1, false));
      if (random.nextInt(100) < 45) {
        versions.add(snapshot(id, unit, random, 2, false));
      }
      if (random.nextInt(100) < 15) {
        ActivitySnapshot last = versions.getLast();
        versions.add(withdrawn(last, last.version() + 1));
      }
      latest.put(id, versions.getLast());
      List<ActivitySnapshot> order = new ArrayList<>(versions);
      if (order.size() > 1 && random.nextInt(100) < 10) {
        Collections.swap(order, 0, 1); // a newer version before an older one
      }
      for (ActivitySnapshot v : order) {
        stream.add(new Sent(id, encode(v)));
        if (random.nextInt(100) < 12) {
          stream.add(new Sent(id, encode(v))); // delivered twice
        }
      }
      if (i % 400 == 0) {
        stream.add(
            new Sent(
                "poison-" + run + "-" + i,
                ("{not an event " + i).getBytes(StandardCharsets.UTF_8)));
      }
    }
    assertThat(stream.size()).isGreaterThanOrEqualTo(20_000);

    // Send it at a steady pace on one thread while the aggregator is killed and restarted on this
    // one.
    AtomicInteger sent = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    Thread producer =
        Thread.ofPlatform()
            .name("fault-injection-producer")
            .start(
                () -> {
                  long interval = Duration.ofMillis(4).toNanos();
                  long next = System.nanoTime();
                  try (TopicWriter writer = new TopicWriter()) {
                    for (Sent s : stream) {
                      writer.send(ActivityEvents.TOPIC.name(), s.key(), s.value());
                      sent.incrementAndGet();
                      next += interval;
                      LockSupport.parkNanos(next - System.nanoTime());
                    }
                  }
                  done.set(true);
                });
    int kills = 0;
    List<Integer> sentAtKill = new ArrayList<>();
    while (kills < KILLS) {
      await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() > 0);
      sentAtKill.add(sent.get());
      platform.kill(Service.AGGREGATOR);
      kills++;
      try {
        platform.startServices(Service.AGGREGATOR);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    await().atMost(Duration.ofMinutes(5)).until(done::get);
    assertThat(sentAtKill)
        .as("every kill hit the aggregator while the stream was flowing")
        .hasSize(KILLS)
        .allSatisfy(n -> assertThat(n).isLessThan(stream.size()));

    Map<String, Map<String, long[]>> oracle = oracle(latest.values(), paths);
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(() -> assertThat(observed(oracle.keySet())).isEqualTo(render(oracle)));
    assertThat(TopicReader.readAll(ActivityEvents.TOPIC.deadLetterName("report-aggregator")))
        .extracting(TopicReader.Record::key)
        .contains("poison-" + run + "-0", "poison-" + run + "-11200");
  }

  static ActivitySnapshot snapshot(
      String id, String unit, Random random, long version, boolean withdrawn) {
    LocalDate day = LocalDate.of(2018, 10, 1).plusDays(random.nextInt(150));
    return new ActivitySnapshot(
        id,
        unit,
        CATEGORIES.get(random.nextInt(CATEGORIES.size())),
        day,
        "Hoạt động " + id,
        1 + random.nextInt(50),
        (long) random.nextInt(500),
        null,
        null,
        null,
        List.of(),
        List.of(),
        withdrawn,
        version,
        Instant.now(),
        "fault-injection");
  }

  static ActivitySnapshot withdrawn(ActivitySnapshot a, long version) {
    return new ActivitySnapshot(
        a.id(),
        a.unitId(),
        a.category(),
        a.occurredOn(),
        a.title(),
        a.quantity(),
        a.participants(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        true,
        version,
        a.recordedAt(),
        "fault-injection");
  }

  static byte[] encode(ActivitySnapshot a) {
    EventType<ActivitySnapshot> type =
        a.withdrawn()
            ? ActivityEvents.WITHDRAWN
            : a.version() == 1 ? ActivityEvents.RECORDED : ActivityEvents.CORRECTED;
    return JSON.writeValueAsBytes(
        Envelope.of(
            type,
            UUID.randomUUID().toString(),
            "/loa/fault-injection",
            Instant.now(),
            a.id(),
            a.version(),
            a));
  }

  /** Expected figures per "unit query" and category: {quantity, participants, activities}. */
  static Map<String, Map<String, long[]>> oracle(
      Iterable<ActivitySnapshot> activities, Map<String, List<String>> paths) {
    Map<String, Map<String, long[]>> expected = new TreeMap<>();
    for (List<String> path : paths.values()) {
      for (String unit : path) {
        for (String period : PERIODS) {
          expected.putIfAbsent(unit + "&" + period, new TreeMap<>());
        }
      }
    }
    for (ActivitySnapshot a : activities) {
      if (a.withdrawn()) {
        continue;
      }
      for (String unit : paths.get(a.unitId())) {
        for (String period : PERIODS) {
          if (in(a.occurredOn(), period)) {
            long[] f =
                expected.get(unit + "&" + period).computeIfAbsent(a.category(), c -> new long[3]);
            f[0] += a.quantity();
            f[1] += a.participants();
            f[2] += 1;
          }
        }
      }
    }
    return expected;
  }

  /**
   * The periods of {@link #PERIODS}, computed here from their definitions, not by the system's
   * code.
   */
  static boolean in(LocalDate d, String period) {
    return switch (period) {
      case "period=2018" -> d.getYear() == 2018;
      case "period=2018Q4" -> d.getYear() == 2018 && d.getMonthValue() >= 10;
      case "period=2018M12" -> d.getYear() == 2018 && d.getMonthValue() == 12;
      case "window=2019Q1" ->
          !d.isBefore(LocalDate.of(2018, 12, 15)) && !d.isAfter(LocalDate.of(2019, 3, 14));
      case "window=2018" ->
          !d.isBefore(LocalDate.of(2017, 12, 15)) && !d.isAfter(LocalDate.of(2018, 12, 14));
      default -> throw new IllegalArgumentException(period);
    };
  }

  /**
   * Only the activities of this run count for these units from late 2018 to early 2019: the other
   * tests (2016–2017, 2019-05, 2020, 2021–2024) and the demo data (2021–2025) use other days.
   */
  static Map<String, String> render(Map<String, Map<String, long[]>> figures) {
    Map<String, String> out = new TreeMap<>();
    figures.forEach(
        (query, categories) -> {
          StringBuilder s = new StringBuilder();
          categories.forEach(
              (c, f) ->
                  s.append(c)
                      .append('=')
                      .append(f[0])
                      .append('/')
                      .append(f[1])
                      .append('/')
                      .append(f[2])
                      .append(' '));
          out.put(query, s.toString());
        });
    return out;
  }

  static Map<String, String> observed(Iterable<String> queries) {
    Map<String, String> out = new TreeMap<>();
    for (String query : queries) {
      JsonNode byCategory =
          gateway.get("/api/statistics/totals?unit=" + query).json().get("byCategory");
      StringBuilder s = new StringBuilder();
      new TreeMap<>(toMap(byCategory))
          .forEach(
              (c, f) ->
                  s.append(c)
                      .append('=')
                      .append(f.get("quantity").asLong())
                      .append('/')
                      .append(f.get("participants").asLong())
                      .append('/')
                      .append(f.get("activities").asLong())
                      .append(' '));
      out.put(query, s.toString());
    }
    return out;
  }

  static Map<String, JsonNode> toMap(JsonNode object) {
    Map<String, JsonNode> map = new HashMap<>();
    object.propertyNames().forEach(name -> map.put(name, object.get(name)));
    return map;
  }
}
