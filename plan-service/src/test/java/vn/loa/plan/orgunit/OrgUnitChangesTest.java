package vn.loa.plan.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.plan.support.PlanServiceTest;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TopicReader;

/**
 * Units are created, renamed, moved, merged and retired; every change is published with the full
 * state.
 */
@IntegrationTest
class OrgUnitChangesTest extends PlanServiceTest {

  @Autowired EventCodec codec;

  @Test
  void a_merged_commune_ends_the_day_before_and_names_its_successor() {
    Http.Response merged =
        http.post(
            "/api/org-units/" + fx.otherCommune + "/merge",
            Map.of("into", fx.commune, "on", "2025-07-01"),
            "If-Match",
            "\"1\"");

    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().get("validTo").asString()).isEqualTo("2025-06-30");
    assertThat(merged.json().get("successorId").asString()).isEqualTo(fx.commune);
    assertThat(
            http.get("/api/org-units/" + fx.commune + "/predecessors")
                .json()
                .valueStream()
                .map(u -> u.get("id").asString()))
        .containsExactly(fx.otherCommune);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        TopicReader.readAll(OrgUnitEvents.TOPIC.name()).stream()
                            .filter(r -> fx.otherCommune.equals(r.key()))
                            .map(r -> codec.decode(r.value().getBytes(StandardCharsets.UTF_8))))
                    .last()
                    .satisfies(
                        e -> {
                          OrgUnitChanged ended = codec.data(e, OrgUnitEvents.CHANGED);
                          assertThat(ended.successorId()).isEqualTo(fx.commune);
                          assertThat(ended.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
                          assertThat(e.aggregateVersion()).isEqualTo(2);
                        }));

    assertThat(
            http.post(
                    "/api/org-units/" + fx.otherCommune + "/merge",
                    Map.of("into", fx.commune, "on", "2025-08-01"),
                    "If-Match",
                    "\"2\"")
                .status())
        .isEqualTo(409);
  }

  @Test
  void merging_into_a_unit_of_another_type_or_with_a_stale_version_is_refused() {
    Http.Response wrongType =
        http.post(
            "/api/org-units/" + fx.otherCommune + "/merge",
            Map.of("into", fx.department, "on", "2025-07-01"),
            "If-Match",
            "\"1\"");
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.json().get("errors").get(0).get("code").asString())
        .isEqualTo("merge-type");
    assertThat(
            http.post(
                    "/api/org-units/" + fx.otherCommune + "/merge",
                    Map.of("into", fx.commune, "on", "2025-07-01"),
                    "If-Match",
                    "\"7\"")
                .status())
        .isEqualTo(412);
    assertThat(
            http.post(
                    "/api/org-units/" + fx.otherCommune + "/merge",
                    Map.of("into", fx.commune),
                    "If-Match",
                    "\"1\"")
                .status())
        .isEqualTo(400);
    assertThat(http.get("/api/org-units/" + fx.otherCommune).json().has("validTo")).isFalse();
  }

  @Test
  void a_unit_is_renamed_and_moved_within_what_its_type_allows() {
    Http.Response renamed =
        http.patch(
            "/api/org-units/" + fx.departmentOffice,
            Map.of("name", "Văn phòng Sở (đổi tên)"),
            "If-Match",
            "\"1\"");
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().get("version").asLong()).isEqualTo(2);

    Http.Response moved =
        http.patch(
            "/api/org-units/" + fx.departmentOffice,
            Map.of("parentId", fx.otherDepartment),
            "If-Match",
            "\"2\"");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("parentId").asString()).isEqualTo(fx.otherDepartment);

    JsonNode refused =
        http.patch(
                "/api/org-units/" + fx.departmentOffice,
                Map.of("parentId", fx.province),
                "If-Match",
                "\"3\"")
            .json();
    assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("parent-type");
    assertThat(
            http.patch(
                    "/api/org-units/" + fx.department,
                    Map.of("parentId", fx.departmentOffice),
                    "If-Match",
                    "\"1\"")
                .status())
        .isEqualTo(422);
  }

  @Test
  void a_unit_is_created_only_under_a_parent_its_type_admits() {
    Map<String, Object> unit =
        Map.of("code", "X", "name", "Xã lạc", "type", "COMMUNE", "parentId", fx.department);
    Http.Response r = http.post("/api/org-units", unit);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    assertThat(
            http.post("/api/org-units", Map.of("code", "X", "type", "UNIT", "parentId", fx.commune))
                .status())
        .isEqualTo(400);
    assertThat(
            http.post(
                    "/api/org-units",
                    Map.of(
                        "id",
                        fx.commune,
                        "code",
                        "X",
                        "name",
                        "Trùng",
                        "type",
                        "UNIT",
                        "parentId",
                        fx.commune))
                .status())
        .isEqualTo(409);
  }

  @Test
  void a_retired_unit_ends_on_its_last_day() {
    Http.Response retired =
        http.post(
            "/api/org-units/" + fx.communeOffice + "/retire",
            Map.of("lastDay", "2025-12-31"),
            "If-Match",
            "\"1\"");
    assertThat(retired.status()).isEqualTo(200);
    assertThat(retired.json().get("validTo").asString()).isEqualTo("2025-12-31");
  }
}
