package vn.loa.task.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/** A photo of the banners, kept durably and attached to the activity; nothing else gets in. */
@IntegrationTest
class EvidenceTest {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;

  Http http;
  String location;

  @BeforeEach
  void anActivity() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    http = Http.localhost(port).as(TestIdentity.token("CITY_ADMIN", units.id("tp")));
    var province = units.province("tp");
    var commune = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, commune);
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune.id()).isPresent());
    location =
        http.post(
                "/api/activities",
                Map.of(
                    "unitId",
                    commune.id(),
                    "category",
                    "VISUAL",
                    "occurredOn",
                    "2025-08-10",
                    "title",
                    "Treo băng rôn CCHC",
                    "quantity",
                    6))
            .header("Location");
  }

  @Test
  void an_uploaded_photo_is_attached_as_a_new_version_and_reads_back_byte_for_byte() {
    Http.Response uploaded =
        http.upload(
            location + "/evidence", "file", "bang-ron.png", PNG, "image/png", "If-Match", "\"1\"");

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().get("version").asLong()).isEqualTo(2);
    assertThat(uploaded.json().get("evidenceFiles").get(0).get("contentType").asString())
        .isEqualTo("image/png");
    Http.Response download = http.get(uploaded.header("Location"));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("image/png");
    assertThat(download.bytes()).isEqualTo(PNG);
    assertThat(http.get(location + "/history").json().get(1).get("action").asString())
        .isEqualTo("EVIDENCE_ADDED");
  }

  @Test
  void a_file_name_keeps_no_folders_and_no_control_characters() {
    for (String[] sent :
        new String[][] {
          {"../../etc/bang-ron.png", "bang-ron.png"},
          {"C:\\Users\\can-bo\\Ảnh\\băng rôn.png", "băng rôn.png"},
          {"anh\u0007\u001b.png", "anh.png"},
          {"..", "minh-chung"}
        }) {
      Http.Response r = http.upload(location + "/evidence", "file", sent[0], PNG, "image/png");
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      assertThat(
              r.json()
                  .get("evidenceFiles")
                  .get(r.json().get("evidenceFiles").size() - 1)
                  .get("name")
                  .asString())
          .as(sent[0])
          .isEqualTo(sent[1]);
    }
    // A NUL byte in the name is refused by the multipart parser itself: a 400 problem, nothing
    // attached.
    int attached = http.get(location).json().get("evidenceFiles").size();
    Http.Response nul =
        http.upload(location + "/evidence", "file", "anh\u0000.png", PNG, "image/png");
    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.json().get("errors").get(0).get("code").asString())
        .isEqualTo("malformed-multipart");
    assertThat(http.get(location).json().get("evidenceFiles").size()).isEqualTo(attached);
  }

  @Test
  void a_file_of_another_type_too_large_or_for_a_withdrawn_activity_is_refused() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    Http.Response wrong = http.upload(location + "/evidence", "file", "anh.png", exe, "image/png");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("code").asString()).isEqualTo("file-type");

    byte[] big = Arrays.copyOf(PNG, 11 * 1024 * 1024);
    assertThat(http.upload(location + "/evidence", "file", "lon.png", big, "image/png").status())
        .isEqualTo(413);
    assertThat(
            http.upload(
                    location + "/evidence",
                    "file",
                    "anh.png",
                    PNG,
                    "image/png",
                    "If-Match",
                    "\"7\"")
                .status())
        .isEqualTo(412);

    http.delete(location);
    assertThat(http.upload(location + "/evidence", "file", "anh.png", PNG, "image/png").status())
        .isEqualTo(409);
    assertThat(http.get(location).json().get("evidenceFiles").size()).isZero();
    assertThat(http.get(location + "/evidence/0123456789abcdef01234567").status()).isEqualTo(404);
  }
}
