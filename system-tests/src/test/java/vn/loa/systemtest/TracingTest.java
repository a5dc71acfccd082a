package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.systemtest.Demo.portalPosts;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.testsupport.Http;

/**
 * One activity can be followed end to end (issue 16): the trace of one {@code POST} goes from the
 * gateway through task-service, its outbox relay and Kafka into report-aggregator's roll-up, as the
 * spans the services really export over OTLP show.
 */
class TracingTest {

  static String hex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static TraceCollector.Span only(List<TraceCollector.Span> spans, String service, String name) {
    List<TraceCollector.Span> found =
        spans.stream().filter(s -> s.service().equals(service) && s.name().equals(name)).toList();
    assertThat(found).as(service + " " + name + " in " + spans).hasSize(1);
    return found.getFirst();
  }

  @Test
  void one_post_of_an_activity_is_one_trace_from_the_gateway_to_the_roll_up() {
    SystemUnderTest.platform();
    Http gateway = SystemUnderTest.gateway();
    // The integrator's system sends its own trace context, as W3C Trace Context allows.
    String traceId = hex(16);
    String clientSpan = hex(8);
    String key = "tracing-" + hex(4);
    Http.Response created =
        gateway.post(
            "/api/activities",
            portalPosts(3, "2025-03-12"),
            "traceparent",
            "00-" + traceId + "-" + clientSpan + "-01",
            "Idempotency-Key",
            key);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    TraceCollector traces = SystemUnderTest.traces();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              List<TraceCollector.Span> trace = traces.trace(traceId);
              assertThat(trace.stream().map(TraceCollector.Span::service).collect(toSet()))
                  .contains("gateway", "task-service", "report-aggregator");

              // The gateway continued the caller's context and passed it on.
              TraceCollector.Span received =
                  trace.stream()
                      .filter(s -> s.service().equals("gateway") && s.kind().equals("SERVER"))
                      .findFirst()
                      .orElseThrow();
              assertThat(received.parentSpanId()).isEqualTo(clientSpan);
              TraceCollector.Span handled =
                  trace.stream()
                      .filter(s -> s.service().equals("task-service") && s.kind().equals("SERVER"))
                      .findFirst()
                      .orElseThrow();
              assertThat(handled.name()).containsIgnoringCase("post").contains("/api/activities");

              // The relay published the activity's event and its audit entry within the trace ...
              TraceCollector.Span published = only(trace, "task-service", "publish loa.activities");
              assertThat(published.kind()).isEqualTo("PRODUCER");
              TraceCollector.Span audited =
                  only(trace, "task-service", "publish loa.audit.task-service");
              // ... and report-aggregator rolled the one and kept the other, continuing each.
              TraceCollector.Span rolledUp =
                  only(trace, "report-aggregator", "roll-up loa.activities");
              assertThat(rolledUp.parentSpanId()).isEqualTo(published.spanId());
              TraceCollector.Span kept =
                  only(trace, "report-aggregator", "receive loa.audit.task-service");
              assertThat(kept.parentSpanId()).isEqualTo(audited.spanId());

              // One tree: every span hangs from the caller's span or from another span of the
              // trace.
              Set<String> ids =
                  trace.stream().map(TraceCollector.Span::spanId).collect(Collectors.toSet());
              assertThat(trace)
                  .allSatisfy(s -> assertThat(s.parentSpanId()).isIn(union(ids, clientSpan)));
              // The write, its publication and its roll-up are in task-service's request span's
              // subtree.
              assertThat(ancestors(trace, published)).contains(handled.spanId());
              assertThat(ancestors(trace, handled)).contains(received.spanId());
            });

    List<TraceCollector.Span> trace = traces.trace(traceId);
    System.out.println("TRACE " + traceId);
    print(trace, clientSpan, 1);

    // The client sends the same write again (its answer was lost): task-service's log says so in
    // a JSON line that carries the retry's trace id, so the two can be put side by side.
    String retryTrace = hex(16);
    Http.Response again =
        gateway.post(
            "/api/activities",
            portalPosts(3, "2025-03-12"),
            "traceparent",
            "00-" + retryTrace + "-" + hex(8) + "-01",
            "Idempotency-Key",
            key);
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    String id =
        created.header("Location").substring(created.header("Location").lastIndexOf('/') + 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        logLines("task-service").stream()
                            .filter(line -> line.path("message").asString().contains(id))
                            .toList())
                    .anySatisfy(
                        line -> {
                          assertThat(line.path("message").asString()).contains("answered again");
                          assertThat(line.path("traceId").asString()).isEqualTo(retryTrace);
                          assertThat(line.path("service").path("name").asString())
                              .isEqualTo("task-service");
                        }));
  }

  /** The trace as a tree, for whoever reads the test's output. */
  static void print(List<TraceCollector.Span> trace, String parent, int depth) {
    for (TraceCollector.Span s : trace) {
      if (s.parentSpanId().equals(parent)) {
        System.out.println(
            "  ".repeat(depth) + s.service() + "  " + s.name() + "  (" + s.kind() + ")");
        print(trace, s.spanId(), depth + 1);
      }
    }
  }

  /** The lines of a service's log, each a JSON object. */
  static List<JsonNode> logLines(String service) throws java.io.IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line :
        Files.readAllLines(
            SystemUnderTest.platform()
                .config()
                .dataDir()
                .resolve("logs")
                .resolve(service + ".log"))) {
      if (line.startsWith("{")) {
        lines.add(json.readTree(line));
      }
    }
    return lines;
  }

  static java.util.stream.Collector<String, ?, Set<String>> toSet() {
    return Collectors.toSet();
  }

  static Set<String> union(Set<String> ids, String one) {
    Set<String> all = new java.util.HashSet<>(ids);
    all.add(one);
    return all;
  }

  /** The span ids above {@code span}, nearest first. */
  static List<String> ancestors(List<TraceCollector.Span> trace, TraceCollector.Span span) {
    java.util.Map<String, TraceCollector.Span> byId =
        trace.stream().collect(Collectors.toMap(TraceCollector.Span::spanId, s -> s));
    List<String> up = new java.util.ArrayList<>();
    TraceCollector.Span s = byId.get(span.parentSpanId());
    while (s != null) {
      up.add(s.spanId());
      s = byId.get(s.parentSpanId());
    }
    return up;
  }
}
