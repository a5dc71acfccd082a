package vn.loa.support.messaging;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.Span;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events that aggregates leave in their documents' {@code outbox} array, then removes
 * them from the document.
 *
 * <p>Guarantee: at least once, in order per aggregate. An event is removed only after the broker
 * has acknowledged it (idempotent producer, {@code acks=all}); a crash before the removal publishes
 * it again, which consumers absorb because they keep the highest aggregate version they have seen.
 * Nothing is lost: a write that the relay was not told about (the process died right after it) is
 * found by the sweep at start-up and every {@code loa.outbox.sweep-interval}.
 *
 * <p>Services call {@link #wake} right after a write, so an event normally leaves within
 * milliseconds.
 */
public final class OutboxRelay implements SmartLifecycle {

  /** The field of an aggregate document that holds its pending events. */
  public static final String FIELD = "outbox";

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private record Ref(String collection, Object id) {}

  private final MongoTemplate mongo;
  private final Producer<String, byte[]> producer;
  private final Set<String> collections;
  private final LoaMessagingProperties.Outbox settings;
  private final Clock clock;
  private final EventTracing tracing;
  private final LinkedBlockingQueue<Ref> queue = new LinkedBlockingQueue<>();
  private final Set<Ref> queued = ConcurrentHashMap.newKeySet();
  private final Counter publishedEvents;
  private final Counter sweeps;
  private final Timer publishLag;
  private volatile boolean running;
  private volatile Instant nextSweep = Instant.MIN;
  private Thread worker;

  public OutboxRelay(
      MongoTemplate mongo,
      Producer<String, byte[]> producer,
      Set<String> collections,
      LoaMessagingProperties.Outbox settings,
      Clock clock,
      MeterRegistry meters,
      EventTracing tracing) {
    this.tracing = tracing;
    this.mongo = mongo;
    this.producer = producer;
    this.collections = Set.copyOf(collections);
    this.settings = settings;
    this.clock = clock;
    this.publishedEvents =
        Counter.builder("loa.outbox.published")
            .description("Events published from the outbox")
            .register(meters);
    this.sweeps =
        Counter.builder("loa.outbox.sweeps")
            .description("Sweeps of the outbox collections for events nobody woke the relay for")
            .register(meters);
    this.publishLag =
        Timer.builder("loa.outbox.lag")
            .description(
                "Time from the write of a change to the broker's acknowledgement of its event")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
    Gauge.builder("loa.outbox.backlog", queue, LinkedBlockingQueue::size)
        .description("Aggregates waiting for the relay")
        .register(meters);
  }

  /**
   * Tells the relay that {@code id} in {@code collection} has just been written with pending
   * events.
   */
  public void wake(String collection, Object id) {
    if (!collections.contains(collection)) {
      throw new IllegalArgumentException(collection + " is not an outbox collection");
    }
    if (!settings.relayEnabled()) {
      return;
    }
    Ref ref = new Ref(collection, id);
    if (queued.add(ref)) {
      queue.add(ref);
    }
  }

  @Override
  public void start() {
    if (!settings.relayEnabled()) {
      log.info(
          "Outbox relay disabled (loa.outbox.relay-enabled=false): events stay in {}", collections);
      return;
    }
    running = true;
    worker = Thread.ofPlatform().name("loa-outbox-relay").daemon().start(this::run);
  }

  @Override
  public void stop() {
    running = false;
    if (worker != null) {
      worker.interrupt();
      try {
        worker.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    while (running) {
      try {
        if (!clock.instant().isBefore(nextSweep)) {
          sweep();
          nextSweep = clock.instant().plus(settings.sweepInterval());
        }
        Ref first = queue.poll(250, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        List<Ref> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, settings.batchSize() - 1);
        batch.forEach(queued::remove);
        publish(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Broker or store unreachable: what was not removed is still in the documents; sweep again
        // soon.
        log.warn("Outbox relay round failed, retrying: {}", e.toString());
        nextSweep = clock.instant().plus(RETRY_PAUSE);
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY_PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many sweeps have been completed since start. */
  long sweeps() {
    return (long) sweeps.count();
  }

  /** Finds every document that still holds pending events. */
  void sweep() {
    for (String collection : collections) {
      for (Document doc :
          mongo
              .getCollection(collection)
              .find(new Document(FIELD + ".0", new Document("$exists", true)))
              .projection(new Document("_id", 1))) {
        wake(collection, doc.get("_id"));
      }
    }
    sweeps.increment();
  }

  private void publish(List<Ref> batch) throws InterruptedException {
    Map<String, List<Object>> idsByCollection = new LinkedHashMap<>();
    for (Ref ref : batch) {
      idsByCollection.computeIfAbsent(ref.collection(), c -> new ArrayList<>()).add(ref.id());
    }
    for (var entry : idsByCollection.entrySet()) {
      publish(entry.getKey(), entry.getValue());
    }
  }

  private record Sent(
      Object id,
      List<String> eventIds,
      List<Future<RecordMetadata>> acks,
      List<Instant> written,
      List<Span> spans) {}

  private void publish(String collection, List<Object> ids) throws InterruptedException {
    var documents = mongo.getCollection(collection);
    List<Sent> sent = new ArrayList<>();
    for (Document doc :
        documents
            .find(new Document("_id", new Document("$in", ids)))
            .projection(new Document(FIELD, 1))) {
      List<Document> pending = doc.getList(FIELD, Document.class, List.of());
      if (pending.isEmpty()) {
        continue;
      }
      Sent s =
          new Sent(
              doc.get("_id"),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>());
      for (Document event : pending) {
        ProducerRecord<String, byte[]> record =
            new ProducerRecord<>(
                event.getString("topic"),
                event.getString("key"),
                event.getString("payload").getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.getString("type").getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", event.getString("eventId").getBytes(StandardCharsets.UTF_8));
        // The request's trace goes on: a producer span, its context in the record's headers.
        Span span =
            tracing.continueTrace(
                traceOf(event), "publish " + record.topic(), Span.Kind.PRODUCER, record.topic());
        tracing.inject(span, record.headers());
        s.spans().add(span);
        s.eventIds().add(event.getString("eventId"));
        s.acks().add(producer.send(record));
        Instant written = writtenAt(event);
        s.written().add(written != null ? written : clock.instant());
      }
      sent.add(s);
    }
    // One round trip removes what the broker acknowledged from every document of the round.
    List<WriteModel<Document>> removals = new ArrayList<>();
    List<Sent> published = new ArrayList<>();
    for (Sent s : sent) {
      if (acknowledged(s)) {
        removals.add(
            new UpdateOneModel<>(
                new Document("_id", s.id()),
                new Document(
                    "$pull",
                    new Document(
                        FIELD, new Document("eventId", new Document("$in", s.eventIds()))))));
        published.add(s);
      } else {
        nextSweep = clock.instant().plus(RETRY_PAUSE);
      }
    }
    if (!removals.isEmpty()) {
      documents.bulkWrite(removals, new BulkWriteOptions().ordered(false));
      Instant now = clock.instant();
      for (Sent s : published) {
        publishedEvents.increment(s.eventIds().size());
        s.written().forEach(w -> publishLag.record(Duration.between(w, now)));
      }
    }
  }

  /**
   * When the event was written, as the store keeps it (a BSON date); {@code null} if it has none.
   */
  private static Instant writtenAt(Document event) {
    Object created = event.get("createdAt");
    return created instanceof java.util.Date date ? date.toInstant() : null;
  }

  /** The trace context stored with an event ({@link PendingEvent#trace}), if any. */
  private static Map<String, String> traceOf(Document event) {
    Document trace = event.get("trace", Document.class);
    if (trace == null) {
      return Map.of();
    }
    Map<String, String> carrier = new LinkedHashMap<>();
    trace.forEach((k, v) -> carrier.put(k, String.valueOf(v)));
    return carrier;
  }

  private boolean acknowledged(Sent s) throws InterruptedException {
    try {
      for (Future<RecordMetadata> ack : s.acks()) {
        ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      EventTracing.end(s.spans(), null);
      return true;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      log.warn("Publishing the events of {} failed; they stay pending: {}", s.id(), e.toString());
      EventTracing.end(s.spans(), e);
      return false;
    } catch (InterruptedException e) {
      EventTracing.end(s.spans(), e);
      throw e;
    }
  }

  @Override
  public int getPhase() {
    // Start after the web server and bindings, stop before them.
    return Integer.MAX_VALUE - 100;
  }
}
