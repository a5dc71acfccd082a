package vn.loa.task.activity.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool shared fairly between units: at most one job of a unit runs at a time, and the next
 * job is taken from the units in turn, so one unit's queue of large imports never keeps another
 * unit's import waiting behind all of it.
 */
final class FairWorkers {

  private static final Logger log = LoggerFactory.getLogger(FairWorkers.class);

  private final int size;
  private final ExecutorService pool;

  /** Queued jobs per unit, units in the order they take turns. */
  private final Map<String, Deque<Runnable>> queued = new LinkedHashMap<>();

  private final Set<String> running = new HashSet<>();

  FairWorkers(int size, String threadPrefix) {
    this.size = size;
    this.pool =
        Executors.newFixedThreadPool(size, Thread.ofVirtual().name(threadPrefix, 0).factory());
  }

  /** Queues {@code job} for {@code unit} ({@code null}: a unit of its own). */
  synchronized void submit(String unit, Runnable job) {
    queued.computeIfAbsent(unit == null ? "" : unit, u -> new ArrayDeque<>()).add(job);
    dispatch();
  }

  /**
   * Starts jobs while a worker is free, each time from the next unit that has one and runs none.
   */
  private void dispatch() {
    for (Iterator<Map.Entry<String, Deque<Runnable>>> units = queued.entrySet().iterator();
        running.size() < size && units.hasNext(); ) {
      Map.Entry<String, Deque<Runnable>> next = units.next();
      String unit = next.getKey();
      if (running.contains(unit)) {
        continue;
      }
      Runnable job = next.getValue().poll();
      units.remove(); // its turn is taken: it goes to the back of the line if it has more
      if (!next.getValue().isEmpty()) {
        queued.put(unit, next.getValue());
        units = queued.entrySet().iterator(); // the map changed; start over from the front
      }
      running.add(unit);
      pool.execute(() -> run(unit, job));
    }
  }

  private void run(String unit, Runnable job) {
    try {
      job.run();
    } catch (RuntimeException e) {
      log.warn("Background job of {} failed: {}", unit, e.toString());
    } finally {
      synchronized (this) {
        running.remove(unit);
        dispatch();
      }
    }
  }
}
