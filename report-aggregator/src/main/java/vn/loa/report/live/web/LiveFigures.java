package vn.loa.report.live.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.rollup.RolledUp;

/**
 * The open streams of live figures, one per listener and unit. After every roll-up batch each
 * stream whose unit's figures changed is sent, as one Server-Sent Event {@code rolled-up}, the
 * activities (id and version) now counted in them. Sending happens off the roll-up's thread; a
 * listener that cannot keep up has what it has not received folded into one event that says how
 * many were dropped (it re-reads the figures), so memory stays bounded. A comment every {@code
 * heartbeat} keeps proxies from closing a quiet stream; a stream ends after {@code lifetime}, and
 * the browser's EventSource opens it again with a fresh token.
 */
@Component
public class LiveFigures {

  /** The most activities a stream holds for a listener that is behind. */
  static final int MOST_PENDING = 10_000;

  /** The most activities named in one event. */
  static final int MOST_PER_EVENT = 1_000;

  private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofVirtual().name("live-heartbeat").factory());
  private final AtomicLong eventIds = new AtomicLong();
  private final Duration lifetime;
  private final int mostStreams;
  private final java.time.Clock clock;

  LiveFigures(
      java.time.Clock clock,
      @Value("${loa.live.heartbeat:15s}") Duration heartbeat,
      @Value("${loa.live.lifetime:10m}") Duration lifetime,
      @Value("${loa.live.most-streams:2000}") int mostStreams) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.mostStreams = mostStreams;
    heartbeats.scheduleAtFixedRate(
        this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One event of a stream: the activities now counted in {@code unitId}'s figures. */
  public record Event(
      String unitId,
      Instant at,
      java.time.LocalDate from,
      java.time.LocalDate to,
      List<Activity> activities,
      int dropped) {

    /**
     * An activity version in the figures, and the days of the half-months whose figures it changed
     * (from the first to the last; a correction can move it from one to another).
     */
    public record Activity(
        String id, long version, java.time.LocalDate from, java.time.LocalDate to) {}

    /** The event of {@code activities}: the days they changed, from the earliest to the latest. */
    static Event of(String unitId, Instant at, List<Activity> activities, int dropped) {
      java.time.LocalDate from =
          activities.stream()
              .map(Activity::from)
              .min(java.util.Comparator.naturalOrder())
              .orElse(null);
      java.time.LocalDate to =
          activities.stream()
              .map(Activity::to)
              .max(java.util.Comparator.naturalOrder())
              .orElse(null);
      return new Event(unitId, at, from, to, activities, dropped);
    }
  }

  /** Whether another stream can be opened now. */
  public boolean full() {
    return streams.size() >= mostStreams;
  }

  /**
   * A new stream of {@code unitId}'s changes (the caller has checked that the listener may read
   * them); it starts with an event {@code ready}.
   */
  public SseEmitter open(String unitId) {
    Stream stream = new Stream(unitId, new SseEmitter(lifetime.toMillis()));
    stream.emitter.onCompletion(() -> streams.remove(stream));
    stream.emitter.onTimeout(() -> streams.remove(stream));
    stream.emitter.onError(e -> streams.remove(stream));
    streams.add(stream);
    try {
      stream.emitter.send(
          SseEmitter.event().name("ready").data(Event.of(unitId, clock.instant(), List.of(), 0)));
    } catch (IOException gone) {
      streams.remove(stream);
    }
    return stream.emitter;
  }

  /** How many streams are open (for the probes and the tests). */
  public int open() {
    return streams.size();
  }

  @EventListener
  void rolledUp(RolledUp batch) {
    for (Stream stream : streams) {
      List<Event.Activity> mine = new ArrayList<>();
      for (RolledUp.Counted c : batch.activities()) {
        if (c.units().contains(stream.unitId)) {
          mine.add(
              new Event.Activity(
                  c.activityId(),
                  c.version(),
                  c.days().stream().min(HalfMonth::compareTo).map(HalfMonth::firstDay).orElse(null),
                  c.days().stream()
                      .max(HalfMonth::compareTo)
                      .map(HalfMonth::lastDay)
                      .orElse(null)));
        }
      }
      if (!mine.isEmpty()) {
        stream.offer(mine, batch.at());
      }
    }
  }

  private void beat() {
    for (Stream stream : streams) {
      senders.execute(
          () -> {
            try {
              stream.emitter.send(SseEmitter.event().comment("nhịp"));
            } catch (IOException | IllegalStateException gone) {
              streams.remove(stream);
            }
          });
    }
  }

  private final class Stream {
    final String unitId;
    final SseEmitter emitter;
    final Queue<Event.Activity> pending = new ConcurrentLinkedQueue<>();
    final AtomicInteger size = new AtomicInteger();
    final AtomicInteger dropped = new AtomicInteger();
    final AtomicBoolean sending = new AtomicBoolean();
    volatile Instant at = Instant.EPOCH;

    Stream(String unitId, SseEmitter emitter) {
      this.unitId = unitId;
      this.emitter = emitter;
    }

    void offer(List<Event.Activity> activities, Instant at) {
      for (Event.Activity a : activities) {
        if (size.incrementAndGet() > MOST_PENDING) {
          size.decrementAndGet();
          dropped.incrementAndGet();
        } else {
          pending.add(a);
        }
      }
      this.at = at;
      if (sending.compareAndSet(false, true)) {
        senders.execute(this::drain);
      }
    }

    /** Sends what is pending, one event per {@link #MOST_PER_EVENT}, until nothing is. */
    private void drain() {
      try {
        while (true) {
          List<Event.Activity> batch = new ArrayList<>();
          Event.Activity a;
          while (batch.size() < MOST_PER_EVENT && (a = pending.poll()) != null) {
            size.decrementAndGet();
            batch.add(a);
          }
          int lost = dropped.getAndSet(0);
          if (batch.isEmpty() && lost == 0) {
            sending.set(false);
            // Something offered after the last poll and before the flag fell is sent now.
            if (pending.isEmpty() || !sending.compareAndSet(false, true)) {
              return;
            }
            continue;
          }
          emitter.send(
              SseEmitter.event()
                  .name("rolled-up")
                  .id(Long.toString(eventIds.incrementAndGet()))
                  .data(Event.of(unitId, at, batch, lost), MediaType.APPLICATION_JSON));
        }
      } catch (IOException | IllegalStateException gone) {
        streams.remove(this);
        sending.set(false);
      }
    }
  }
}
