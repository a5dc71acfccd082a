package vn.loa.report.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.reporting.Obligations;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Every statistics and report endpoint × every role × the caller's own unit and a foreign one:
 * foreign data is refused with 403 and nothing of it in the body; own data is served. Bad tokens
 * are 401 here, at the service itself. docs/security.md reports the size of this matrix.
 */
@IntegrationTest
class AccessMatrixTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgTree tree;
  @Autowired Obligations obligations;

  Fixtures fx;
  String city;
  String commune;
  String office;
  String foreign;

  @BeforeEach
  void aCityWithTwoCommunes() {
    fx = new Fixtures(codec).publishHierarchy();
    city = fx.province.id();
    commune = fx.commune.id();
    office = fx.unit.id();
    foreign = "c2-" + fx.suffix;
    fx.publish(
        new OrgUnitChanged(
            foreign,
            "C2",
            "Xã khác " + fx.suffix,
            "COMMUNE",
            city,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1));
    PlanContent.Reporting quarterly =
        new PlanContent.Reporting(
            List.of("QUARTERLY"),
            new PlanContent.DeadlineRule("BEFORE_DAY_OF_LAST_MONTH", 20, null),
            List.of("UBND"));
    fx.publishPlan(city, "2026-07-01", "2027-06-30", quarterly, commune, foreign);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                tree.path(office).size() == 3
                    && tree.path(foreign).size() == 2
                    && !obligations.of(commune).isEmpty()
                    && !obligations.of(foreign).isEmpty());
  }

  @AfterEach
  void close() {
    fx.close();
  }

  Http as(String role, String unit) {
    return Http.localhost(port).as(TestIdentity.token(role, unit));
  }

  /** The read endpoints, each for a unit. */
  static final List<Function<String, String>> READS =
      List.of(
          u -> "/api/statistics/totals?unit=" + u + "&period=2026",
          u -> "/api/statistics/breakdown?unit=" + u + "&period=2026&by=category",
          u -> "/api/statistics/breakdown?unit=" + u + "&window=2026Q3&by=child",
          u -> "/api/statistics/indicators?unit=" + u + "&from=2025&to=2026",
          u -> "/api/statistics/indicators.csv?unit=" + u + "&from=2025&to=2026",
          u -> "/api/statistics/indicators.xlsx?unit=" + u + "&from=2025&to=2026",
          u -> "/api/reports?unit=" + u,
          u -> "/api/reports/completeness?parent=" + u + "&window=2026Q3");

  record Caller(String role, String unit, List<String> ownUnits, List<String> foreignUnits) {}

  static boolean refusedWithoutData(Http.Response r) {
    return r.status() == 403
        && r.text().contains("urn:loa:problem:forbidden")
        && !r.text().contains("\"total\"");
  }

  /**
   * A department that compiles the province's report (cơ quan tổng hợp: a department officer who is
   * also a coordinator) reads the statistics of every unit of its province — and nothing more: not
   * another province's, not the reports or audit of other units, and it changes nothing outside
   * itself.
   */
  @Test
  void a_coordinating_department_reads_the_statistics_of_its_whole_province_and_nothing_more() {
    String department = "d-" + fx.suffix;
    String otherProvince = "p2-" + fx.suffix;
    String otherCommune = "c3-" + fx.suffix;
    fx.publish(
        new OrgUnitChanged(
            department,
            "D",
            "Sở Văn hóa, Thể thao và Du lịch " + fx.suffix,
            "DEPARTMENT",
            city,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1),
        new OrgUnitChanged(
            otherProvince,
            "P2",
            "Tỉnh khác " + fx.suffix,
            "PROVINCE",
            null,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1),
        new OrgUnitChanged(
            otherCommune,
            "C3",
            "Xã tỉnh khác " + fx.suffix,
            "COMMUNE",
            otherProvince,
            LocalDate.of(2000, 1, 1),
            null,
            null,
            1));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> tree.path(department).size() == 2 && tree.path(otherCommune).size() == 2);
    Http coordinator =
        Http.localhost(port)
            .as(TestIdentity.token(department, List.of("DEPARTMENT_OFFICER", "COORDINATOR")));
    Http plainOfficer = as("DEPARTMENT_OFFICER", department);
    List<String> statistics = READS.subList(0, 6).stream().map(r -> r.apply(city)).toList();
    List<String> failures = new ArrayList<>();
    for (String unit : List.of(city, commune, office, foreign)) {
      for (Function<String, String> read : READS.subList(0, 6)) {
        Http.Response r = coordinator.get(read.apply(unit));
        if (r.status() != 200) {
          failures.add("coordinator " + read.apply(unit) + " -> " + r.status());
        }
      }
    }
    for (String path : statistics) {
      if (!refusedWithoutData(plainOfficer.get(path))) {
        failures.add("a department officer without the coordinator role read " + path);
      }
    }
    for (Function<String, String> read : READS.subList(0, 6)) {
      if (!refusedWithoutData(coordinator.get(read.apply(otherCommune)))) {
        failures.add("coordinator read another province: " + read.apply(otherCommune));
      }
    }
    for (String path :
        List.of(
            "/api/reports?unit=" + commune,
            "/api/reports/completeness?parent=" + city + "&window=2026Q3",
            "/api/audit?unit=" + city)) {
      if (!refusedWithoutData(coordinator.get(path))) {
        failures.add("coordinator read beyond statistics: " + path);
      }
    }
    String report =
        as("CITY_ADMIN", city)
            .get("/api/reports?unit=" + commune)
            .json()
            .get(0)
            .get("id")
            .asString();
    if (!refusedWithoutData(
            coordinator.put(
                "/api/reports/" + report, Map.of("results", "Sửa hộ"), "If-Match", "\"0\""))
        || !refusedWithoutData(coordinator.post("/api/reports/" + report + "/submit", null))) {
      failures.add("coordinator changed another unit's report");
    }
    assertThat(failures).as("%d cases", 4 * 6 + 6 + 6 + 3 + 2).isEmpty();
  }

  @Test
  void every_read_of_a_foreign_unit_is_refused_and_of_an_own_unit_served() {
    List<Caller> callers =
        List.of(
            new Caller(
                "COMMUNE_OFFICER", commune, List.of(commune, office), List.of(foreign, city)),
            new Caller("UNIT_OFFICER", office, List.of(office), List.of(commune, foreign, city)),
            new Caller("INTEGRATOR", commune, List.of(commune, office), List.of(foreign, city)),
            new Caller("CITY_VIEWER", city, List.of(city, commune, foreign, office), List.of()),
            new Caller("CITY_ADMIN", city, List.of(city, commune, foreign, office), List.of()));
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (Caller c : callers) {
      Http http = as(c.role(), c.unit());
      for (Function<String, String> read : READS) {
        for (String own : c.ownUnits()) {
          cases++;
          Http.Response r = http.get(read.apply(own));
          if (r.status() != 200) {
            failures.add(c + " GET " + read.apply(own) + " -> " + r.status());
          }
        }
        for (String other : c.foreignUnits()) {
          cases++;
          Http.Response r = http.get(read.apply(other));
          if (r.status() != 403
              || !r.text().contains("urn:loa:problem:forbidden")
              || r.text().contains("\"total\"")
              || r.text().contains("\"rows\"")
              || r.text().contains("\"units\"")) {
            failures.add(c + " GET " + read.apply(other) + " -> " + r.status() + " " + r.text());
          }
        }
      }
    }
    assertThat(failures).as("%d cases", cases).isEmpty();
    assertThat(cases).isEqualTo(READS.size() * 20);
  }

  @Test
  void
      only_the_receivers_officials_take_in_or_return_and_only_the_unit_and_above_write_its_report() {
    String id =
        as("CITY_ADMIN", city)
            .get("/api/reports?unit=" + commune + "&window=2026Q4")
            .json()
            .get(0)
            .get("id")
            .asString();
    Map<String, String> narrative = Map.of("results", "Phát thanh 6 chuyên mục CCHC");

    assertThat(as("COMMUNE_OFFICER", foreign).get("/api/reports/" + id).status()).isEqualTo(403);
    assertThat(as("COMMUNE_OFFICER", foreign).put("/api/reports/" + id, narrative).status())
        .isEqualTo(403);
    assertThat(as("UNIT_OFFICER", office).put("/api/reports/" + id, narrative).status())
        .isEqualTo(403);
    assertThat(as("CITY_VIEWER", city).put("/api/reports/" + id, narrative).status())
        .isEqualTo(403);
    assertThat(as("INTEGRATOR", commune).put("/api/reports/" + id, narrative).status())
        .isEqualTo(403);
    Http.Response written = as("COMMUNE_OFFICER", commune).put("/api/reports/" + id, narrative);
    assertThat(written.status()).isEqualTo(200);
    assertThat(written.json().get("history").get(0).get("by").asString())
        .isEqualTo("commune_officer@" + commune);
    assertThat(as("COMMUNE_OFFICER", commune).post("/api/reports/" + id + "/submit", null).status())
        .isEqualTo(200);

    // The commune does not take in its own report; the city viewer and an integrator do not at all:
    // the receiver is the city, whose plan names no other.
    assertThat(
            as("COMMUNE_OFFICER", commune).post("/api/reports/" + id + "/approve", null).status())
        .isEqualTo(403);
    assertThat(as("CITY_VIEWER", city).post("/api/reports/" + id + "/approve", null).status())
        .isEqualTo(403);
    assertThat(as("INTEGRATOR", city).post("/api/reports/" + id + "/approve", null).status())
        .isEqualTo(403);
    assertThat(
            as("COMMUNE_OFFICER", foreign)
                .post("/api/reports/" + id + "/return", Map.of("comment", "x"))
                .status())
        .isEqualTo(403);
    assertThat(as("CITY_ADMIN", city).get("/api/reports/" + id).json().get("status").asString())
        .isEqualTo("SUBMITTED");
    assertThat(
            as("CITY_ADMIN", city)
                .post("/api/reports/" + id + "/approve", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void administration_is_the_city_administrators_only() {
    for (String[] caller :
        new String[][] {
          {"CITY_VIEWER", city}, {"COMMUNE_OFFICER", commune}, {"INTEGRATOR", city}
        }) {
      Http http = as(caller[0], caller[1]);
      assertThat(http.post("/admin/rebuild", null).status()).isEqualTo(403);
      assertThat(http.get("/admin/rebuild").status()).isEqualTo(403);
      assertThat(http.post("/api/indicators", Map.of("code", "X1")).status()).isEqualTo(403);
      assertThat(
              http.patch("/api/indicators/TT_TIN_BAI", Map.of("name", "x"), "If-Match", "\"1\"")
                  .status())
          .isEqualTo(403);
    }
    assertThat(as("CITY_ADMIN", city).get("/admin/rebuild").status()).isEqualTo(200);
    assertThat(as("COMMUNE_OFFICER", commune).get("/api/indicators").status()).isEqualTo(200);
  }

  @Test
  void
      missing_malformed_expired_forged_misaddressed_and_unsigned_tokens_are_refused_by_the_service_itself() {
    String path = "/api/statistics/totals?unit=" + commune + "&period=2026";
    String role = "CITY_ADMIN";
    List<Http> refused =
        new ArrayList<>(TestIdentity.refusedCallers(Http.localhost(port), role, city));
    refused.add(
        Http.localhost(port).as(TestIdentity.token("SUPERUSER", city))); // a role Loa does not know
    for (Http http : refused) {
      Http.Response r = http.get(path, "Accept-Language", "en");
      assertThat(r.status()).as(r.toString()).isEqualTo(401);
      assertThat(r.headers().get("www-authenticate")).first().asString().startsWith("Bearer");
      assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:unauthenticated");
      assertThat(r.json().get("title").asString()).isEqualTo("Not authenticated");
      assertThat(r.text()).doesNotContain("\"total\"");
    }
    assertThat(Http.localhost(port).get("/readyz").status()).isEqualTo(200);
  }
}
