package vn.loa.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class IndexKeyTypeTest {

  private final IndexKeyType type = new IndexKeyType();

  private final List<KeyValue> keys =
      List.of(
          new KeyValue("hp-x-an-lao", "2025-07-10"),
          new KeyValue("hp-x-an-lao", "2025-07-11"),
          new KeyValue("hp-p-hong-bang", 3.0),
          new KeyValue("Phường Hồng Bàng"),
          new KeyValue(1.0),
          new KeyValue(1L),
          new KeyValue(true),
          new KeyValue(Instant.parse("2025-07-10T00:00:00Z")),
          new KeyValue(new Document("unit", "hp").append("day", 10)),
          new KeyValue(new Document("unit", "hp").append("day", 11)),
          new KeyValue("a", "b", "c"));

  @Test
  void aKeyReadBackEqualsTheKeyWrittenAndComparesEqualToIt() {
    for (KeyValue key : keys) {
      WriteBuffer buffer = new WriteBuffer();
      type.write(buffer, key);
      KeyValue read = type.read(buffer.getBuffer().flip());
      assertThat(read).isEqualTo(key);
      assertThat(type.compare(read, key)).isZero();
    }
  }

  @Test
  void twoKeysCompareEqualExactlyWhenTheyAreEqual() {
    for (KeyValue a : keys) {
      for (KeyValue b : keys) {
        assertThat(type.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(type.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(-Integer.signum(type.compare(b, a)));
      }
    }
  }

  @Test
  void theOrderIsTransitiveSoATreeSearchFindsEveryKey() {
    List<KeyValue> sorted = new ArrayList<>(keys);
    sorted.sort(type::compare);
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        assertThat(type.compare(sorted.get(i), sorted.get(j)))
            .as("%s before %s", sorted.get(i), sorted.get(j))
            .isNegative();
      }
    }
    assertThat(type.compare(new KeyValue("a", "b"), new KeyValue("a", "b", "c"))).isNegative();
  }
}
