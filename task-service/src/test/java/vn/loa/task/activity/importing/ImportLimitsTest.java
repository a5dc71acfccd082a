package vn.loa.task.activity.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.HostileFiles;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Each cap of an import file is answered at upload with a {@code 413} problem that names it, in
 * Vietnamese and English, and a refused file leaves nothing behind: no job, no stored file, no
 * activity.
 */
@IntegrationTest
class ImportLimitsTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;
  @Autowired OrgUnitDirectory directory;
  @Autowired MongoTemplate mongo;

  Http http;
  String commune;

  @BeforeEach
  void aCommune() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    var province = units.province("tp");
    var xa = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, xa);
    commune = xa.id();
    http = Http.localhost(port).as(TestIdentity.token("COMMUNE_OFFICER", commune));
    await().atMost(Duration.ofSeconds(20)).until(() -> directory.find(commune).isPresent());
  }

  void refused(String name, byte[] file, String code, long limit) {
    long jobs = mongo.count(new Query(), ImportJob.class);
    long stored = mongo.count(new Query(), "fs.files");
    Http.Response vi =
        http.upload("/api/activities/imports", "file", name, file, "application/octet-stream");
    assertThat(vi.status()).as(vi.toString()).isEqualTo(413);
    assertThat(vi.json().get("type").asString()).isEqualTo("urn:loa:problem:import-limit");
    JsonNode error = vi.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("file");
    assertThat(error.get("code").asString()).isEqualTo(code);
    assertThat(error.get("message").asString())
        .contains(NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(limit));
    assertThat(vi.header("Location")).isNull();
    Http.Response en =
        http.upload(
            "/api/activities/imports",
            "file",
            name,
            file,
            "application/octet-stream",
            "Accept-Language",
            "en");
    assertThat(en.json().get("errors").get(0).get("message").asString()).startsWith("File:");
    assertThat(mongo.count(new Query(), ImportJob.class)).isEqualTo(jobs);
    assertThat(mongo.count(new Query(), "fs.files")).isEqualTo(stored);
    assertThat(http.get("/api/activities?unit=" + commune).json().size()).isZero();
  }

  @Test
  void a_header_of_a_million_empty_cells_is_refused_at_the_column_cap() {
    refused(
        "rong.csv",
        HostileFiles.csvWideHeader(1_000_000),
        "too-many-columns",
        ImportLimits.MAX_COLUMNS);
  }

  @Test
  void a_cell_longer_than_the_cap_is_refused() {
    refused(
        "dai.csv",
        HostileFiles.csvLongCell(commune, ImportLimits.MAX_CELL_CHARS + 1),
        "cell-too-long",
        ImportLimits.MAX_CELL_CHARS);
  }

  @Test
  void more_rows_than_the_cap_are_refused() {
    refused(
        "nhieu.csv",
        HostileFiles.csvRows(commune, ImportLimits.MAX_ROWS + 1),
        "too-many-rows",
        ImportLimits.MAX_ROWS);
  }

  @Test
  void
      a_cell_at_the_last_column_a_sheet_can_name_is_refused_without_filling_the_columns_before_it() {
    refused(
        "xa.xlsx",
        HostileFiles.xlsxFarColumn("FXSHRXW"),
        "too-many-columns",
        ImportLimits.MAX_COLUMNS);
  }

  @Test
  void a_zip_bomb_is_refused_once_it_inflates_past_the_cap() {
    byte[] bomb = HostileFiles.xlsxBomb(10, 30 << 20);
    assertThat(bomb.length).isLessThan(2 << 20);
    refused("bom.xlsx", bomb, "inflated-too-large", ImportLimits.MAX_INFLATED_BYTES);
  }

  @Test
  void a_package_of_thousands_of_parts_is_refused() {
    refused(
        "manh.xlsx",
        HostileFiles.xlsxManyParts(ImportLimits.MAX_ZIP_ENTRIES),
        "too-many-entries",
        ImportLimits.MAX_ZIP_ENTRIES);
  }

  @Test
  void a_file_at_the_caps_is_accepted() {
    Http.Response accepted =
        http.upload(
            "/api/activities/imports",
            "file",
            "vua.csv",
            HostileFiles.csvLongCell(commune, 400),
            "text/csv");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    assertThat(accepted.json().get("totalRows").asLong()).isEqualTo(1);
  }
}
