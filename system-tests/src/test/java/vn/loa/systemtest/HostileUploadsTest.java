package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.loa.platform.Service;
import vn.loa.testsupport.HostileFiles;
import vn.loa.testsupport.Http;

/**
 * Four worst-case import files uploaded at once to task-service running as the local default runs
 * it (its own process, 256 MB heap, exit on out-of-memory): each is refused with a problem, the
 * service stays up, and another commune's plain requests are answered all the while.
 */
class HostileUploadsTest {

  @Test
  void four_hostile_uploads_in_parallel_are_refused_and_the_service_keeps_answering_others()
      throws Exception {
    var platform = SystemUnderTest.platform();
    Http attacker =
        SystemUnderTest.gatewayAs("integrator-kim-thanh", "integrator-kim-thanh-secret");
    Http other = SystemUnderTest.gatewayAs("integrator-skhcn", "integrator-skhcn-secret");
    long pid = platform.process(Service.TASK).pid();

    List<byte[]> files =
        List.of(
            HostileFiles.csvWideHeader(19_000_000),
            HostileFiles.csvLongCell(Demo.COMMUNE, 19_000_000),
            HostileFiles.xlsxFarColumn("FXSHRXW"),
            HostileFiles.xlsxBomb(10, 89 << 20));
    List<String> names = List.of("tieu-de-rong.csv", "o-dai.csv", "cot-xa.xlsx", "bom.xlsx");
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<CompletableFuture<Http.Response>> uploads =
          java.util.stream.IntStream.range(0, files.size())
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              attacker.upload(
                                  "/api/activities/imports",
                                  "file",
                                  names.get(i),
                                  files.get(i),
                                  "application/octet-stream"),
                          clients))
              .toList();
      int answered = 0;
      while (!uploads.stream().allMatch(CompletableFuture::isDone)
          && answered < 50) { // 50: within the client's rate limit
        Http.Response plain = other.get("/api/activities?unit=hp-skhcn-vp");
        assertThat(plain.status())
            .as("another client's GET while the uploads run: " + plain)
            .isEqualTo(200);
        answered++;
      }
      for (int i = 0; i < uploads.size(); i++) {
        Http.Response r = uploads.get(i).join();
        assertThat(r.status()).as(names.get(i) + ": " + r).isEqualTo(413);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:loa:problem:import-limit");
      }
      assertThat(answered).isPositive();
    }
    assertThat(platform.process(Service.TASK).isAlive()).isTrue();
    assertThat(platform.process(Service.TASK).pid())
        .as("the same process, not a restarted one")
        .isEqualTo(pid);
    assertThat(other.get("/api/activities?unit=hp-skhcn-vp").status()).isEqualTo(200);
  }
}
