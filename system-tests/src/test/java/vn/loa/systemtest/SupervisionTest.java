package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.loa.systemtest.Demo.PROVINCE;
import static vn.loa.systemtest.Demo.portalPosts;
import static vn.loa.systemtest.Demo.total;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.loa.platform.JavaProcess;
import vn.loa.platform.Service;
import vn.loa.testsupport.Http;

/**
 * The local platform brings back a service that died: task-service killed with SIGKILL from outside
 * (as the out-of-memory killer or an operator would) is restarted by the supervisor, answers again,
 * and nothing recorded before the kill is lost or counted twice.
 */
class SupervisionTest {

  @Test
  void a_service_killed_from_outside_comes_back_healthy_with_nothing_lost() {
    var platform = SystemUnderTest.platform();
    Http gateway = SystemUnderTest.gateway();
    long before = total(gateway, PROVINCE, "2019");
    Http.Response recorded = gateway.post("/api/activities", portalPosts(3, "2019-05-06"));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> total(gateway, PROVINCE, "2019") == before + 3);

    JavaProcess victim = platform.process(Service.TASK);
    int restarts = platform.restarts(Service.TASK);
    ProcessHandle.of(victim.pid())
        .orElseThrow()
        .destroyForcibly(); // SIGKILL, not through the platform

    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                platform.restarts(Service.TASK) == restarts + 1
                    && platform.process(Service.TASK).isAlive()
                    && platform.process(Service.TASK).pid() != victim.pid()
                    && gateway.get(recorded.header("Location")).status() == 200);

    Http.Response again = gateway.get(recorded.header("Location"));
    assertThat(again.json().get("quantity").asLong()).isEqualTo(3);
    assertThat(gateway.post("/api/activities", portalPosts(2, "2019-05-07")).status())
        .isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> total(gateway, PROVINCE, "2019") == before + 5);
  }
}
