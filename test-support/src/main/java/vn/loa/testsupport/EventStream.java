package vn.loa.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events stream as a listener reads it: each event's name and data, in order, and the
 * comments (heartbeats) counted. Opened with the headers of a request (a bearer token, a cookie);
 * {@link #status()} is the answer's status, and a refusal's body is its only "event".
 */
public final class EventStream implements AutoCloseable {

  /** One event: its name ({@code message} if it had none) and its data lines joined. */
  public record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile int comments;
  private volatile Stream<String> lines;

  private EventStream(String url, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAcceptAsync(
        r -> {
          lines = r.body();
          String name = "message";
          List<String> data = new ArrayList<>();
          try {
            for (String line : (Iterable<String>) r.body()::iterator) {
              if (line.isEmpty()) {
                if (!data.isEmpty()) {
                  events.add(new Event(name, String.join("\n", data)));
                }
                name = "message";
                data.clear();
              } else if (line.startsWith(":")) {
                comments++;
              } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
              } else if (line.startsWith("data:")) {
                data.add(line.substring(5).stripLeading());
              } else if (r.statusCode() >= 400) {
                data.add(line);
              }
            }
          } catch (RuntimeException closed) {
            // the stream was closed
          }
          if (!data.isEmpty()) {
            events.add(
                new Event(r.statusCode() >= 400 ? "refused" : name, String.join("\n", data)));
          }
        },
        Thread::startVirtualThread);
  }

  /** Opens {@code url} with {@code headers} (name, value, …). */
  public static EventStream open(String url, String... headers) {
    return new EventStream(url, headers);
  }

  /** The status of the answer, once its headers arrived (at most 10 s). */
  public int status() {
    try {
      return response.get(10, TimeUnit.SECONDS).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException("no answer from the stream", e);
    }
  }

  /** The next event within {@code timeout}, or {@code null}. */
  public Event next(Duration timeout) {
    try {
      return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The next event named {@code name} within {@code timeout} (others skipped), or {@code null}. */
  public Event next(String name, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
      Event e = next(Duration.ofNanos(left));
      if (e == null) {
        return null;
      }
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** How many comment lines (heartbeats) arrived. */
  public int comments() {
    return comments;
  }

  @Override
  public void close() {
    response.cancel(true);
    Stream<String> l = lines;
    if (l != null) {
      try {
        l.close();
      } catch (RuntimeException ignored) {
        // already closed
      }
    }
  }
}
