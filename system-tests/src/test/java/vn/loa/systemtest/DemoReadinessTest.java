package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.loa.testsupport.Http;

/**
 * The local default says "running" only once the README's "Try it" works: right after the wait for
 * the demo data ends, every one of those requests answers as the README says — nothing is still on
 * its way.
 */
class DemoReadinessTest {

  @Test
  void once_the_demo_data_is_awaited_what_the_readme_shows_is_there_at_once() throws Exception {
    var platform = SystemUnderTest.platform();
    platform.awaitDemoData(Duration.ofMinutes(3), System.out::println);
    Http api = SystemUnderTest.gateway();

    Path demo = Path.of("..", "plan-service/src/main/resources/demo");
    long communesAndDepartments = 0;
    for (String file : new String[] {"org-units.tsv", "org-units-history.tsv"}) {
      communesAndDepartments +=
          Files.readAllLines(demo.resolve(file)).stream()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .filter(l -> l.split("\t", -1)[3].equals("hp"))
              .count();
    }
    // Today's departments and communes, and the districts that ended on 30/6/2025.
    assertThat(api.get("/api/org-units?parent=hp").json().size())
        .isEqualTo((int) communesAndDepartments);
    assertThat(
            api.get("/api/org-units/hp-kim-thanh/predecessors")
                .json()
                .valueStream()
                .map(u -> u.get("name").asString()))
        .contains("Xã Đồng Cẩm", "Xã Tam Kỳ", "Xã Đại Đức");
    assertThat(api.get("/api/org-units/hd").json().get("successorId").asString()).isEqualTo("hp");
    assertThat(api.get("/api/plans/hp-qd-3041-2025").status()).isEqualTo(200);
    assertThat(api.get("/api/directives?unit=hp-kim-thanh").json().size()).isPositive();
    assertThat(api.get("/api/tasks?unit=hp-kim-thanh-vhxh").json().size()).isPositive();
    assertThat(api.get("/api/statistics/totals?unit=hp-kim-thanh&window=2025Q3").status())
        .isEqualTo(200);
    Http.Response recorded =
        api.post(
            "/api/activities",
            Map.of(
                "unitId",
                "hp-kim-thanh-vhxh",
                "category",
                "BROADCAST",
                "occurredOn",
                "2025-08-05",
                "title",
                "Phát thanh chuyên mục CCHC trên Đài truyền thanh xã",
                "quantity",
                12));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

    // The commune's Q3/2025 report drafted from its figures, the forms named in words.
    String report = "/api/reports/r-hp-kim-thanh-2025Q3";
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.get(report).json().get("figures").has("BROADCAST"));
    var broadcast = api.get(report).json().get("figures").get("BROADCAST");
    Http.Response docx = api.get(report + "/document.docx");
    assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
    try (var doc =
        new org.apache.poi.xwpf.usermodel.XWPFDocument(
            new java.io.ByteArrayInputStream(docx.bytes()))) {
      var lines =
          doc.getParagraphs().stream()
              .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
              .toList();
      assertThat(lines)
          .containsSubsequence(
              "BÁO CÁO",
              "Kết quả công tác tuyên truyền cải cách hành chính quý III năm 2025",
              "a) Phát thanh, truyền thanh, truyền hình",
              "- Đã thực hiện "
                  + broadcast.get(2).asLong()
                  + " hoạt động với số lượng "
                  + String.format(
                      java.util.Locale.forLanguageTag("vi"), "%,d", broadcast.get(0).asLong())
                  + ".")
          .anyMatch(l -> l.contains("“Phát thanh chuyên mục CCHC trên Đài truyền thanh xã”"));
    }
    assertThat(api.get(report + "/document.pdf").status()).isIn(200, 503);
    assertThat(api.delete(recorded.header("Location"), "If-Match", "\"1\"").status())
        .isEqualTo(204);
  }
}
