package vn.loa.support.messaging;

import java.util.Set;

/** The MongoDB collections whose documents carry an {@code outbox} the relay publishes. */
public record OutboxCollections(Set<String> names) {

  public OutboxCollections {
    names = Set.copyOf(names);
  }

  public static OutboxCollections of(String... names) {
    return new OutboxCollections(Set.of(names));
  }
}
