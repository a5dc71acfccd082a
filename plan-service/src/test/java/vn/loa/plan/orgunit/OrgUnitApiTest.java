package vn.loa.plan.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.InboundEvent;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

@IntegrationTest
@TestPropertySource(properties = "loa.demo.enabled=true")
class OrgUnitApiTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  Http http() {
    return Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", "hp"));
  }

  @Test
  void roots_are_the_provinces_and_children_hang_under_them() {
    List<String> roots = ids(http().get("/api/org-units").json());
    assertThat(roots).contains("hp", "lc");

    List<String> children = ids(http().get("/api/org-units?parent=hp").json());
    assertThat(children)
        .contains("hp-skhcn", "hp-kim-thanh", "hp-h-le-chan")
        .doesNotContain("hp-kim-thanh-vhxh", "lc-skhcn");
    List<String> today = ids(http().get("/api/org-units?parent=hp&on=2025-07-01").json());
    assertThat(today).contains("hp-kim-thanh").doesNotContain("hp-h-le-chan").hasSize(125);
    List<String> before = ids(http().get("/api/org-units?parent=hp&on=2025-06-30").json());
    assertThat(before).contains("hp-h-le-chan", "hp-skhcn").doesNotContain("hp-kim-thanh");
    assertThat(ids(http().get("/api/org-units?parent=hd-h-kim-thanh").json()))
        .contains("hd-h-kim-thanh-xa-dong-cam");
    assertThat(
            http()
                .get("/api/org-units/hd-h-kim-thanh-xa-dong-cam")
                .json()
                .get("successorId")
                .asString())
        .isEqualTo("hp-kim-thanh");
    assertThat(http().get("/api/org-units?parent=hp&on=30/6/2025").status()).isEqualTo(400);
  }

  @Test
  void a_unit_reads_back_with_its_ancestors_nearest_first() {
    Http.Response unit = http().get("/api/org-units/hp-kim-thanh-vhxh");
    assertThat(unit.status()).isEqualTo(200);
    assertThat(unit.json().get("name").asString()).isEqualTo("Phòng Văn hóa – Xã hội xã Kim Thành");
    assertThat(unit.json().get("type").asString()).isEqualTo("UNIT");
    assertThat(unit.json().get("parentId").asString()).isEqualTo("hp-kim-thanh");
    assertThat(unit.header("ETag")).isEqualTo("\"1\"");

    assertThat(ids(http().get("/api/org-units/hp-kim-thanh-vhxh/ancestors").json()))
        .containsExactly("hp-kim-thanh", "hp");
  }

  @Test
  void an_unknown_unit_is_a_404_problem_in_vietnamese_by_default_and_english_on_request() {
    Http.Response vi = http().get("/api/org-units/nowhere");
    assertThat(vi.status()).isEqualTo(404);
    assertThat(vi.header("Content-Type")).startsWith("application/problem+json");
    assertThat(vi.json().get("title").asString()).isEqualTo("Không tìm thấy");
    assertThat(vi.json().get("type").asString()).isEqualTo("urn:loa:problem:not-found");
    assertThat(vi.json().get("detail").asString())
        .as("the thing named in words, not a code")
        .isEqualTo("Không tìm thấy đơn vị có mã \"nowhere\".");

    Http.Response en = http().get("/api/org-units/nowhere", "Accept-Language", "en");
    assertThat(en.json().get("title").asString()).isEqualTo("Not found");
    assertThat(en.json().get("detail").asString())
        .isEqualTo("No organisational unit with id \"nowhere\".");

    assertThat(http().get("/api/org-units?parent=nowhere").status()).isEqualTo(404);
    assertThat(http().get("/api/org-units/nowhere/ancestors").status()).isEqualTo(404);
  }

  @Test
  void every_unit_is_published_with_its_full_state_on_the_compacted_topic() {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(TopicReader.readAll(OrgUnitEvents.TOPIC.name()))
                    .anySatisfy(
                        r -> {
                          assertThat(r.key()).isEqualTo("hp-kim-thanh-vhxh");
                          InboundEvent e = codec.decode(r.value().getBytes(StandardCharsets.UTF_8));
                          assertThat(e.aggregateVersion()).isEqualTo(1);
                          assertThat(codec.data(e, OrgUnitEvents.CHANGED).parentId())
                              .isEqualTo("hp-kim-thanh");
                        }));
  }

  private static List<String> ids(JsonNode array) {
    return array.valueStream().map(n -> n.get("id").asString()).toList();
  }
}
