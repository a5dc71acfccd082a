package vn.loa.platform.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the keys of a unique index ({@link KeyValue}: the indexed fields' values) are stored and
 * ordered. Upstream stores them with H2's {@link ObjectDataType}, which knows no {@code KeyValue}
 * (it is not {@code Comparable}) and so Java-serializes both keys at every comparison of a B-tree
 * search — the store's largest cost in the profile (docs/benchmarks.md). Here a key is its count
 * followed by each value in H2's own encoding, and two keys compare value by value with H2's
 * comparison of those values (strings, numbers, dates natively; serialization only for a value H2
 * does not know, such as an embedded document). Two keys are equal exactly when their values are
 * equal, as before.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

  private final ObjectDataType values = new ObjectDataType();

  @Override
  public int compare(KeyValue a, KeyValue b) {
    if (a == b) {
      return 0;
    }
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int c = values.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public int getMemory(KeyValue key) {
    int memory = 24;
    for (Object value : key) {
      memory += values.getMemory(value);
    }
    return memory;
  }

  @Override
  public void write(WriteBuffer buffer, KeyValue key) {
    buffer.putVarInt(key.size());
    for (Object value : key) {
      values.write(buffer, value);
    }
  }

  @Override
  public KeyValue read(ByteBuffer buffer) {
    int size = DataUtils.readVarInt(buffer);
    List<Object> read = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      read.add(values.read(buffer));
    }
    return new KeyValue(read);
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }
}
