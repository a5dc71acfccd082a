package vn.loa.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Waits until what the README's "Try it" shows is really there: every unit of the demo hierarchy
 * known to plan-service, task-service and report-aggregator (the latter two learn them from events,
 * so a unit they have not seen yet would be refused), every demo plan issued, and its duties turned
 * into tasks, and the demo activities of 2021–2025 rolled up into the city. The services are asked
 * directly, as the demo operations client, so the gateway's rate limits do not slow the check.
 */
final class DemoReadiness {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Pattern FIRST_ASSIGNEE =
      Pattern.compile("\"assignments\"\\s*:\\s*\\[\\s*\\{\\s*\"unitId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ISSUER = Pattern.compile("\"issuerId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern PLAN_ID = Pattern.compile("^\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");

  /** The unit the demo operations client is bound to. */
  private static final String OPS_UNIT = "hp";

  private final RunningPlatform platform;
  private String token;

  DemoReadiness(RunningPlatform platform) {
    this.platform = platform;
  }

  /** Blocks until every check passes; {@code progress} hears how far it is every few seconds. */
  void await(Duration timeout, Consumer<String> progress) throws IOException, InterruptedException {
    Path demo = platform.config().repository().resolve("plan-service/src/main/resources/demo");
    Map<String, Predicate<DemoReadiness>> pending = new LinkedHashMap<>();
    Map<String, String> units = units(demo.resolve("org-units.tsv"));
    units.putAll(units(demo.resolve("org-units-history.tsv")));
    for (String unit : units.keySet()) {
      pending.put(
          "plan-service knows " + unit, r -> r.ok(Service.PLAN, "/api/org-units/" + unit, null));
      if (!within(units, unit, OPS_UNIT)) {
        continue; // the replicas refuse the operations client another province's units:
        // plan-service's word is enough
      }
      pending.put(
          "task-service knows " + unit,
          r -> r.ok(Service.TASK, "/api/activities?unit=" + unit + "&size=1", null));
      pending.put(
          "report-aggregator knows " + unit,
          r ->
              r.ok(
                  Service.AGGREGATOR,
                  "/api/statistics/totals?unit=" + unit + "&period=2025",
                  null));
    }
    try (Stream<Path> files = Files.list(demo.resolve("plans"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String json = Files.readString(file);
        Matcher id = PLAN_ID.matcher(json);
        if (!id.find()) {
          continue;
        }
        String plan = id.group(1);
        Matcher issuer = ISSUER.matcher(json);
        if (issuer.find() && !within(units, issuer.group(1), OPS_UNIT)) {
          continue; // another province's plan: the operations client may not read it (Lai Châu's,
          // seed 002)
        }
        pending.put(
            "plan " + plan + " issued",
            r ->
                r.ok(
                    Service.PLAN,
                    "/api/plans/" + plan,
                    body -> body.contains("\"status\":\"ISSUED\"")));
        Matcher lead = FIRST_ASSIGNEE.matcher(json);
        if (lead.find()) {
          String unit = lead.group(1);
          pending.put(
              "tasks of " + plan,
              r ->
                  r.ok(
                      Service.TASK,
                      "/api/tasks?unit=" + unit,
                      body -> body.contains("\"planId\":\"" + plan + "\"")));
        }
      }
    }
    // The demo activities of 2021–2025, rolled up into the city (seed 004's appendix is made of
    // them).
    Map<String, Long> byYear = new java.util.TreeMap<>();
    for (String line :
        Files.readAllLines(
            platform
                .config()
                .repository()
                .resolve("task-service/src/main/resources/demo/activities.tsv"),
            StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        byYear.merge(f[3].substring(0, 4), Long.parseLong(f[4]), Long::sum);
      }
    }
    byYear.forEach(
        (year, quantity) ->
            pending.put(
                "demo activities of " + year + " rolled up",
                r ->
                    r.ok(
                        Service.AGGREGATOR,
                        "/api/statistics/totals?unit=hp&period=" + year,
                        body -> quantityOf(body) >= quantity)));
    int all = pending.size();
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      pending.values().removeIf(check -> check.test(this));
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the demo data was not there in "
                + timeout
                + "; still missing: "
                + pending.keySet().stream().limit(5).toList());
      }
      if (System.nanoTime() > nextReport) {
        progress.accept(
            String.format(
                "  Loading the demo data: %d of %d checks pass (waiting for: %s)",
                all - pending.size(), all, pending.keySet().iterator().next()));
        nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      }
      Thread.sleep(500);
    }
  }

  /** The demo units, each with its parent ({@code ""} at the top). */
  private static Map<String, String> units(Path tsv) throws IOException {
    Map<String, String> parents = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        parents.put(f[0], f[3]);
      }
    }
    return parents;
  }

  private static boolean within(Map<String, String> parents, String unit, String root) {
    for (String u = unit; u != null && !u.isEmpty(); u = parents.get(u)) {
      if (u.equals(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code service} answers {@code path} with 200 (and a body that passes {@code body}).
   */
  private static final Pattern TOTAL_QUANTITY =
      Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"quantity\"\\s*:\\s*(\\d+)");

  /** The total quantity of a totals answer, or -1. */
  static long quantityOf(String body) {
    Matcher m = TOTAL_QUANTITY.matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private boolean ok(Service service, String path, Predicate<String> body) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + platform.config().port(service) + path))
                  .header("Authorization", "Bearer " + token())
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 401) {
        token = null; // expired: a new one next time
      }
      return r.statusCode() == 200 && (body == null || body.test(r.body()));
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A token of the demo operations client (the city administrator's rights). */
  private String token() throws IOException, InterruptedException {
    if (token == null) {
      String basic =
          Base64.getEncoder()
              .encodeToString("loa-ops:loa-ops-secret".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(platform.config().identityIssuer() + "/oauth2/token"))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
      if (r.statusCode() != 200 || !m.find()) {
        throw new IOException("no token for the demo operations client: " + r.statusCode());
      }
      token = m.group(1);
    }
    return token;
  }
}
