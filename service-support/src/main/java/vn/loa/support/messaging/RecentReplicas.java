package vn.loa.support.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Replicas read recently, kept in memory for a short time so that the requests of one moment do not
 * each read the same few from the store (issue 15: a commune's activity read its unit and its
 * parent three times — for the scope check and for the rules).
 *
 * <p>Only a replica that was found is kept, so one that arrives later is seen at once. The consumer
 * that stores replicas {@link #forget forgets} them as it stores them, and a read that was under
 * way meanwhile is not kept, so in that instance a change is seen at once; another instance of the
 * service (which did not consume that record) sees the change within {@code keep}: that is the
 * staleness this allows. Bounded: when {@code capacity} replicas are kept, all are forgotten. Time
 * is {@link System#nanoTime} (a duration, not a date).
 */
public final class RecentReplicas<T extends Replica> {

  private record Kept<T>(T replica, long until) {}

  private final Function<String, Optional<T>> store;
  private final long keepNanos;
  private final int capacity;
  private final LongSupplier nanoTime;
  private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();
  private final AtomicLong forgotten = new AtomicLong();

  public RecentReplicas(Function<String, Optional<T>> store, Duration keep, int capacity) {
    this(store, keep, capacity, System::nanoTime);
  }

  RecentReplicas(
      Function<String, Optional<T>> store, Duration keep, int capacity, LongSupplier nanoTime) {
    this.store = store;
    this.keepNanos = keep.toNanos();
    this.capacity = capacity;
    this.nanoTime = nanoTime;
  }

  /** The replica with {@code id}: from memory if read within {@code keep}, else from the store. */
  public Optional<T> find(String id) {
    long now = nanoTime.getAsLong();
    Kept<T> k = kept.get(id);
    if (k != null && now - k.until() < 0) {
      return Optional.of(k.replica());
    }
    long before = forgotten.get();
    Optional<T> read = store.apply(id);
    // Kept only if nothing was forgotten meanwhile: a read that began before a change was stored
    // may have the replica as it was.
    if (read.isPresent() && keepNanos > 0 && forgotten.get() == before) {
      if (kept.size() >= capacity) {
        kept.clear();
      }
      kept.put(id, new Kept<>(read.get(), now + keepNanos));
    } else {
      kept.remove(id);
    }
    return read;
  }

  /** Forgets {@code ids}: their next read goes to the store (their replicas have just changed). */
  public void forget(Collection<String> ids) {
    forgotten.incrementAndGet();
    ids.forEach(kept::remove);
  }
}
