package vn.loa.support.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A Word document as PDF, by LibreOffice headless where it is installed ({@code soffice}; Debian's
 * {@code libreoffice-writer-nogui}, with {@code fonts-liberation2} for fonts with the metrics of
 * Times New Roman, which the PDF embeds). Each conversion runs in a directory and a LibreOffice
 * profile of its own (concurrent runs sharing a profile fail silently), one at a time (a conversion
 * takes a core), and is killed with its children when it takes longer than the timeout; the
 * directory is removed afterwards. Without a converter, or when a conversion fails or times out,
 * the answer is a {@code 503} problem: the Word document is still there.
 */
public class PdfConverter {

  private final String command;
  private final Duration timeout;
  private final Semaphore slots = new Semaphore(1, true);

  /**
   * @param command the converter: a path, or a name looked up on {@code PATH}
   * @param timeout the longest one conversion may take, waiting for its turn included
   */
  public PdfConverter(String command, Duration timeout) {
    this.command = command;
    this.timeout = timeout;
  }

  /** The converter's executable, if this machine has it. */
  public Optional<Path> executable() {
    if (command.contains(File.separator)) {
      Path path = Path.of(command);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The PDF of {@code docx}. */
  public byte[] pdf(byte[] docx) {
    Path exe = executable().orElseThrow(Problems::converterUnavailable);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw Problems.overloaded();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problems.overloaded();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("loa-pdf-");
      Path in = dir.resolve("document.docx");
      Files.write(in, docx);
      Process process =
          new ProcessBuilder(
                  exe.toString(),
                  "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                  "--headless",
                  "--norestore",
                  "--nologo",
                  "--nolockcheck",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  dir.toString(),
                  in.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("converter.log").toFile())
              .start();
      long left = Math.max(0, deadline - System.nanoTime());
      if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
        // Its children first (once it is gone they are no longer its descendants), then it; and
        // wait until they are gone.
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
          try {
            h.onExit().get(5, TimeUnit.SECONDS);
          } catch (ExecutionException | TimeoutException notYet) {
            // Killed with SIGKILL; the system reaps it.
          }
        }
        throw Problems.converterFailed(timeout.toSeconds());
      }
      Path out = dir.resolve("document.pdf");
      if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
        throw Problems.converterFailed(timeout.toSeconds());
      }
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw Problems.converterFailed(timeout.toSeconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problems.converterFailed(timeout.toSeconds());
    } finally {
      slots.release();
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(PdfConverter::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
