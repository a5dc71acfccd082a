package vn.loa.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReplicasTest {

  record Unit(String id, long version) implements Replica {}

  private final Map<String, Unit> store = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicLong now = new AtomicLong(1_000);
  private Runnable duringRead = () -> {};

  private final RecentReplicas<Unit> units =
      new RecentReplicas<>(
          id -> {
            reads.incrementAndGet();
            Optional<Unit> found = Optional.ofNullable(store.get(id));
            duringRead.run();
            return found;
          },
          Duration.ofSeconds(10),
          3,
          now::get);

  @Test
  void aUnitReadAgainWithinTheTimeIsAnsweredFromMemory() {
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 1));

    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 1));
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 1));

    assertThat(reads).hasValue(1);
  }

  @Test
  void afterTheTimeTheStoreIsReadAgainAndAChangeMadeElsewhereIsSeen() {
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 1));
    units.find("hp-x-an-lao");
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 2)); // stored by another instance

    now.addAndGet(Duration.ofSeconds(10).toNanos());

    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 2));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aUnitNotFoundIsNotRememberedSoItIsSeenAsSoonAsItArrives() {
    assertThat(units.find("hp-x-moi")).isEmpty();
    store.put("hp-x-moi", new Unit("hp-x-moi", 1));

    assertThat(units.find("hp-x-moi")).contains(new Unit("hp-x-moi", 1));
  }

  @Test
  void aUnitStoredAnewIsReadFromTheStoreAtOnce() {
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 1));
    units.find("hp-x-an-lao");
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 2));

    units.forget(List.of("hp-x-an-lao"));

    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 2));
  }

  @Test
  void aReadUnderWayWhileAUnitIsStoredAnewIsNotRemembered() {
    store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 1));
    duringRead =
        () -> { // the consumer stores version 2 after this read had found version 1
          store.put("hp-x-an-lao", new Unit("hp-x-an-lao", 2));
          units.forget(List.of("hp-x-an-lao"));
        };
    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 1));
    duringRead = () -> {};

    assertThat(units.find("hp-x-an-lao")).contains(new Unit("hp-x-an-lao", 2));
  }

  @Test
  void memoryIsBoundedByTheCapacity() {
    for (String id : List.of("a", "b", "c", "d")) {
      store.put(id, new Unit(id, 1));
      units.find(id);
    }
    reads.set(0);

    units.find("d");
    units.find("a");

    assertThat(reads).as("d kept after the clearing, a forgotten by it").hasValue(1);
  }
}
