package vn.loa.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * The seed plans (000, 001, 003) and the city decision they cite, as the demo data holds them, read
 * back field for field; and the same content entered anew through the API comes back unchanged.
 */
@IntegrationTest
@TestPropertySource(properties = "loa.demo.enabled=true")
class SeedPlansTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  static JsonNode seed(String id) throws IOException {
    return JSON.readTree(new ClassPathResource("demo/plans/" + id + ".json").getInputStream())
        .get("content");
  }

  static void assertSameContent(JsonNode expected, JsonNode actual) {
    expected
        .propertyNames()
        .forEach(
            field -> {
              JsonNode want = expected.get(field);
              JsonNode got = actual.get(field);
              if (want.isNull()) {
                assertThat(got == null || got.isNull()).as(field).isTrue();
              } else {
                assertThat(normalise(got)).as(field).isEqualTo(normalise(want));
              }
            });
  }

  /** Nulls inside objects are left out of API answers: compare without them. */
  static JsonNode normalise(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.propertyNames().stream()
          .toList()
          .forEach(
              k -> {
                if (o.get(k).isNull()) {
                  o.remove(k);
                } else {
                  strip(o.get(k));
                }
              });
    } else if (node.isArray()) {
      node.forEach(SeedPlansTest::strip);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hp-qd-3041-2025",
        "hp-skhcn-kh-2025s2",
        "hp-kim-thanh-kh-2025",
        "hp-sngv-kh-58-2025",
        "lc-skhcn-kh-2025"
      })
  void the_seed_plans_are_issued_and_read_back_field_for_field(String id) throws IOException {
    String province = id.substring(0, 2); // hp (Hải Phòng) or lc (Lai Châu, seed 002)
    Http.Response plan =
        Http.localhost(port)
            .as(TestIdentity.token("CITY_VIEWER", province))
            .get("/api/plans/" + id);
    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.json().get("status").asString()).isEqualTo("ISSUED");
    assertSameContent(seed(id), plan.json());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "hp-skhcn-kh-2025s2",
        "hp-kim-thanh-kh-2025",
        "hp-sngv-kh-58-2025",
        "lc-skhcn-kh-2025"
      })
  void a_seed_plan_entered_through_the_api_reads_back_unchanged(String id) throws IOException {
    JsonNode content = seed(id);
    // Entered by an official of the plan's own issuer: only they may draft and issue its plans.
    Http http =
        Http.localhost(port)
            .as(TestIdentity.token("COMMUNE_OFFICER", content.get("issuerId").asString()));
    Http.Response draft = http.post("/api/plans", content);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    Http.Response issued =
        http.post("/api/plans/" + draft.json().get("id").asString() + "/issue", null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    assertSameContent(content, http.get("/api/plans/" + draft.json().get("id").asString()).json());
  }

  @ParameterizedTest
  @ValueSource(strings = {"hp-qd-3041-2025"})
  void the_city_decision_directs_every_department_and_commune_and_three_have_implemented_it(
      String id) {
    JsonNode summary =
        Http.localhost(port)
            .as(TestIdentity.token("CITY_VIEWER", "hp"))
            .get("/api/plans/" + id + "/compliance")
            .json()
            .get("summary");
    assertThat(summary.get("addressees").asInt()).isEqualTo(125);
    assertThat(summary.get("issued").asInt()).isEqualTo(3);
  }
}
