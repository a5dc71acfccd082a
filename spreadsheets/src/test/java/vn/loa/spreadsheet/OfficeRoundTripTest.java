package vn.loa.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.spreadsheet.TableExport.Column;

/**
 * A workbook as a real office suite reads it: LibreOffice (where it is installed) opens the file
 * Loa writes and shows every cell as Loa meant it — the Vietnamese text, the day as dd/mm/yyyy, the
 * time in Vietnam, the number, the neutralised formula as text.
 */
class OfficeRoundTripTest {

  @TempDir Path dir;

  @Test
  void libreoffice_opens_the_workbook_and_shows_each_cell_as_written() throws Exception {
    // Calc, not only Writer: without it soffice converts nothing and says nothing.
    if (!Files.isExecutable(Path.of("/usr/bin/soffice"))
        || !Files.exists(Path.of("/usr/lib/libreoffice/program/libsclo.so"))) {
      String message =
          "OFFICE ROUND TRIP NOT RUN: no LibreOffice Calc (apt-get install -y"
              + " libreoffice-calc-nogui; .ci/run installs it)";
      System.err.println(
          "*".repeat(message.length()) + "\n" + message + "\n" + "*".repeat(message.length()));
      Assumptions.abort(message);
    }
    TableExport table =
        TableExport.of(
                "Hoạt động",
                Column.day("Ngày thực hiện", 14),
                Column.text("Nội dung", 40),
                Column.number("Số lượng", 10),
                Column.time("Ghi nhận lúc", 20))
            .row(
                LocalDate.of(2025, 8, 5),
                "=HYPERLINK(\"http://x\")",
                2500L,
                Instant.parse("2025-08-05T03:00:00Z"))
            .row(LocalDate.of(2025, 9, 1), "Phát thanh \"CCHC\", xã Kim Thành", 7L, null)
            .build();
    Path xlsx = dir.resolve("bang.xlsx");
    Files.write(xlsx, table.xlsx());
    Process p =
        new ProcessBuilder(
                "/usr/bin/soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true",
                "--outdir",
                dir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    List<String> lines = Files.readAllLines(dir.resolve("bang.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo("\"Ngày thực hiện\",\"Nội dung\",\"Số lượng\",\"Ghi nhận lúc\"");
    // The number is grouped in the office suite's own language: 2,500 or 2.500.
    assertThat(lines.get(1))
        .matches(
            "05/08/2025,\"'=HYPERLINK\\(\"\"http://x\"\"\\)\",\"?2[.,]500\"?,10:00:00 05/08/2025");
    assertThat(lines.get(2)).isEqualTo("01/09/2025,\"Phát thanh \"\"CCHC\"\", xã Kim Thành\",7,");
  }
}
