package vn.loa.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * Word to PDF: a real LibreOffice makes a PDF of a Vietnamese document; without a converter, or
 * when it fails or hangs, the answer is a 503 problem in words — a hung converter is killed with
 * its children at the timeout — and no conversion leaves its directory behind.
 */
class PdfConverterTest {

  @TempDir Path tools;

  private Path script(String name, String body) throws Exception {
    Path script = tools.resolve(name);
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  private static long leftovers() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("loa-pdf-")).count();
    }
  }

  private static byte[] docx(String text) throws Exception {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void without_a_converter_the_answer_is_a_503_and_nothing_runs() {
    PdfConverter none =
        new PdfConverter(tools.resolve("soffice").toString(), Duration.ofSeconds(5));
    assertThat(none.executable()).isEmpty();
    assertThatThrownBy(() -> none.pdf(new byte[] {1}))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(p.kind()).isEqualTo("converter-unavailable");
            });
    assertThat(new PdfConverter("no-such-converter-on-path", Duration.ofSeconds(5)).executable())
        .isEmpty();
  }

  @Test
  void a_hung_converter_is_killed_with_its_children_at_the_timeout() throws Exception {
    Path pid = tools.resolve("child.pid");
    Path hung = script("hung", "sleep 600 & echo $! > " + pid + "\nwait");
    long before = leftovers();
    long start = System.nanoTime();
    assertThatThrownBy(
            () -> new PdfConverter(hung.toString(), Duration.ofSeconds(2)).pdf(docx("x")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
              assertThat(p.kind()).isEqualTo("converter-failed");
              assertThat(p.detailArgs()).containsExactly(2L);
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    long child = Long.parseLong(Files.readString(pid).trim());
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThat(leftovers()).isEqualTo(before);
  }

  @Test
  void a_converter_that_fails_or_writes_nothing_is_a_503() throws Exception {
    Path failing = script("failing", "exit 3");
    Path silent = script("silent", "exit 0");
    for (Path converter : new Path[] {failing, silent}) {
      assertThatThrownBy(
              () -> new PdfConverter(converter.toString(), Duration.ofSeconds(10)).pdf(docx("x")))
          .isInstanceOfSatisfying(
              ProblemException.class, p -> assertThat(p.kind()).isEqualTo("converter-failed"));
    }
  }

  @Test
  void each_conversion_has_a_profile_and_a_directory_of_its_own() throws Exception {
    // A stand-in that records its arguments and "converts" by copying the input.
    Path args = tools.resolve("args.txt");
    Path copy =
        script(
            "copying",
            "echo \"$@\" >> "
                + args
                + "\nfor a; do last=$a; done\ncp \"$last\" \"$(dirname \"$last\")/document.pdf\"");
    PdfConverter converter = new PdfConverter(copy.toString(), Duration.ofSeconds(10));
    assertThat(converter.pdf("một".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("một".getBytes(StandardCharsets.UTF_8));
    converter.pdf("hai".getBytes(StandardCharsets.UTF_8));
    var calls = Files.readAllLines(args);
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0))
        .contains("-env:UserInstallation=file:", "--headless", "--convert-to pdf");
    assertThat(calls.get(0).split(" ")[0]).isNotEqualTo(calls.get(1).split(" ")[0]);
  }

  @Test
  void libreoffice_makes_a_pdf_of_a_vietnamese_document() throws Exception {
    PdfConverter libreOffice = new PdfConverter("soffice", Duration.ofSeconds(120));
    if (libreOffice.executable().isEmpty()) {
      String message =
          "PDF CONVERSION NOT RUN: no soffice on PATH (apt-get install -y libreoffice-writer-nogui"
              + " fonts-liberation2)";
      System.err.println(
          "*".repeat(message.length()) + "\n" + message + "\n" + "*".repeat(message.length()));
      Assumptions.abort(message);
    }
    byte[] pdf = libreOffice.pdf(docx("Cộng hòa xã hội chủ nghĩa Việt Nam"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
