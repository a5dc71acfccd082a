package vn.loa.support.audit;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One change of an aggregate: which version it produced, what was done, by whom (person or client),
 * when, and every field that changed with its value before and after.
 *
 * @param changes field name → {@code [before, after]}, in the order of the record's fields
 */
public record AuditEntry(
    long version, String action, String by, Instant at, Map<String, List<Object>> changes) {

  public AuditEntry {
    // In the order the fields were compared (the record's own order), so the trail reads the same
    // way for every entry.
    changes =
        changes == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  /**
   * The fields of two versions of a record that differ, leaving out {@code ignored} ones (versions,
   * timestamps, outboxes, the history itself).
   */
  public static <R extends Record> Map<String, List<Object>> diff(
      R before, R after, Set<String> ignored) {
    Map<String, List<Object>> changes = new LinkedHashMap<>();
    for (RecordComponent c : after.getClass().getRecordComponents()) {
      if (ignored.contains(c.getName())) {
        continue;
      }
      Object from = before == null ? null : plain(value(c, before));
      Object to = plain(value(c, after));
      if (!Objects.equals(from, to)) {
        changes.put(c.getName(), java.util.Arrays.asList(from, to));
      }
    }
    return changes;
  }

  /**
   * Values as they read in an audit trail: numbers, booleans and text, lists of them, and a nested
   * record (a plan's assignment, a report's narrative) as its fields by name, leaving out the empty
   * ones — never a record's {@code toString()}.
   */
  static Object plain(Object value) {
    return switch (value) {
      case null -> null;
      case Number n -> n;
      case Boolean b -> b;
      case String s -> s;
      case Enum<?> e -> e.name();
      case List<?> list -> list.stream().map(AuditEntry::plain).toList();
      case Record r -> fields(r);
      case Map<?, ?> map -> entries(map);
      default -> value.toString();
    };
  }

  private static Map<String, Object> entries(Map<?, ?> map) {
    Map<String, Object> entries = new LinkedHashMap<>();
    map.forEach((k, v) -> entries.put(String.valueOf(k), plain(v)));
    return entries;
  }

  private static Map<String, Object> fields(Record r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = plain(value(c, r));
      if (v != null && !(v instanceof List<?> list && list.isEmpty())) {
        fields.put(c.getName(), v);
      }
    }
    return fields;
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      java.lang.reflect.Method accessor = c.getAccessor();
      accessor.trySetAccessible();
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
