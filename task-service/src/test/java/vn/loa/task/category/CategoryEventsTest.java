package vn.loa.task.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.testsupport.EventSchemas;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;
import vn.loa.testsupport.TopicReader;

/**
 * The category list is announced on {@code loa.categories}: every category at start, each addition
 * and change with its new version, nothing for a refused change — so the report documents name the
 * categories as the city office last named them.
 */
@IntegrationTest
class CategoryEventsTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  Http admin() {
    return Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", "hp"));
  }

  /** The data of every record of {@code code} on the topic, in order. */
  List<JsonNode> announced(String code) {
    return TopicReader.readAll(CategoryEvents.TOPIC.name()).stream()
        .filter(r -> code.equals(r.key()))
        .map(r -> json.readTree(r.value()).get("data"))
        .toList();
  }

  @Test
  void every_seeded_category_is_announced_at_start_with_its_vietnamese_name() {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !announced("BROADCAST").isEmpty() && !announced("GRASSROOTS_INFO").isEmpty());
    JsonNode broadcast = announced("BROADCAST").getLast();
    assertThat(broadcast.get("nameVi").asString())
        .isEqualTo("Phát thanh, truyền thanh, truyền hình");
    assertThat(broadcast.get("version").asLong()).isEqualTo(1);
    assertThat(broadcast.get("active").asBoolean()).isTrue();
  }

  @Test
  void an_addition_and_a_rename_are_announced_and_a_refused_change_is_not() {
    Http http = admin();
    assertThat(
            http.post(
                    "/api/categories",
                    Map.of("code", "PODCAST", "nameVi", "Podcast về CCHC", "nameEn", "Podcasts"))
                .status())
        .isEqualTo(201);
    assertThat(
            http.patch(
                    "/api/categories/PODCAST",
                    Map.of("nameVi", "Chương trình podcast về CCHC"),
                    "If-Match",
                    "\"1\"")
                .status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> announced("PODCAST").size() >= 2);

    assertThat(
            http.patch("/api/categories/PODCAST", Map.of("nameVi", "Cũ"), "If-Match", "\"1\"")
                .status())
        .isEqualTo(412);
    assertThat(http.patch("/api/categories/PODCAST", Map.of("nameVi", " "), "If-Match", "\"2\""))
        .extracting(Http.Response::status)
        .isEqualTo(400);

    List<JsonNode> events = announced("PODCAST");
    assertThat(events).extracting(e -> e.get("version").asLong()).containsExactly(1L, 2L);
    assertThat(events.getLast().get("nameVi").asString()).isEqualTo("Chương trình podcast về CCHC");
    assertThat(EventSchemas.violations(CategoryEvents.TOPIC.name())).isEmpty();
    // the API shows the category, not its outbox
    assertThat(http.get("/api/categories").text()).doesNotContain("outbox").contains("PODCAST");
  }
}
