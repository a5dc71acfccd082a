package vn.loa.support.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a request's trace across the outbox and Kafka (issue 16): the trace context of the write
 * is stored with each pending event, the relay continues it in a producer span whose context goes
 * out in the record's headers, and consumers continue it from there.
 *
 * <p>The context travels as W3C Trace Context ({@code traceparent}, {@code tracestate}: {@link
 * InboundRecord#TRACE_HEADERS}), Spring Boot's default propagation; without a tracer everything
 * here does nothing.
 */
public final class EventTracing {

  private static final EventTracing NONE = new EventTracing(Tracer.NOOP, Propagator.NOOP);

  private final Tracer tracer;
  private final Propagator propagator;

  public EventTracing(Tracer tracer, Propagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** No tracing: events carry no context and no span is made. */
  public static EventTracing none() {
    return NONE;
  }

  /**
   * The calling thread's trace context as propagation headers, to be stored with an event; empty
   * outside a trace.
   */
  public Map<String, String> current() {
    TraceContext context = tracer.currentTraceContext().context();
    if (context == null) {
      return Map.of();
    }
    Map<String, String> carrier = new LinkedHashMap<>();
    propagator.inject(context, carrier, Map::put);
    return Map.copyOf(carrier);
  }

  /**
   * Starts a span that continues the trace in {@code carrier}; {@code null} when the carrier holds
   * no trace (an event written outside any request, or before traces were kept), so that a
   * background event does not open a trace of its own.
   */
  public Span continueTrace(
      Map<String, String> carrier, String name, Span.Kind kind, String destination) {
    if (carrier == null || carrier.isEmpty() || tracer == Tracer.NOOP) {
      return null;
    }
    return propagator
        .extract(carrier, Map::get)
        .name(name)
        .kind(kind)
        .tag("messaging.system", "kafka")
        .tag("messaging.destination.name", destination)
        .start();
  }

  /** Puts {@code span}'s context into a record's headers, replacing any older one. */
  public void inject(Span span, Headers headers) {
    if (span == null) {
      return;
    }
    propagator.inject(
        span.context(),
        headers,
        (h, key, value) -> {
          h.remove(key);
          h.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
  }

  /** Runs {@code work} with {@code span} current (log lines carry its trace id), then ends it. */
  public void within(Span span, Runnable work) {
    if (span == null) {
      work.run();
      return;
    }
    try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
      work.run();
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.end();
    }
  }

  /** Ends {@code spans}, marking them failed with {@code failure} if it is not {@code null}. */
  public static void end(List<Span> spans, Throwable failure) {
    for (Span span : spans) {
      if (span != null) {
        if (failure != null) {
          span.error(failure);
        }
        span.end();
      }
    }
  }
}
