package vn.loa.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.Executors;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.loa.testsupport.TestIdentity;

/**
 * What stands behind the gateway in its tests: the test identity provider and one stand-in for
 * every service.
 */
final class TestServices {

  static final List<String> SERVICES = List.of("plan-service", "task-service", "report-aggregator");

  private TestServices() {}

  /** The test identity provider, and every service at {@code url}. */
  static void register(DynamicPropertyRegistry registry, String url) {
    registry.add("loa.identity.issuer", () -> TestIdentity.get().issuer());
    registry.add("loa.identity.jwk-set-uri", () -> TestIdentity.get().jwkSetUri());
    for (String service : SERVICES) {
      registry.add("loa.services." + service, () -> url);
    }
  }

  /**
   * An address where nothing listens: a free port below the kernel's ephemeral range (32768–60999),
   * so no outgoing connection can take it as its own source port — a connection to a free ephemeral
   * port can connect to itself and then hang instead of being refused.
   */
  static String unreachable() {
    for (int port = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000);
        port < 32_000;
        port++) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return "http://127.0.0.1:" + port;
      } catch (IOException taken) {
        // try the next one
      }
    }
    throw new UncheckedIOException(new IOException("no free port below the ephemeral range"));
  }

  /**
   * A service stand-in on loopback answering every request with {@code handler}, a virtual thread
   * each.
   */
  static HttpServer serve(HttpHandler handler) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      server.createContext("/", handler);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A raw socket on loopback handing each connection it accepts to {@code onConnection} (on the
   * accepting thread: start a thread there to serve several at once), until it is closed.
   */
  static ServerSocket listen(java.util.function.Consumer<java.net.Socket> onConnection) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread.ofVirtual()
          .start(
              () -> {
                while (!socket.isClosed()) {
                  try {
                    onConnection.accept(socket.accept());
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a service stand-in answers once it has what it wants: the body read, 204, closed. */
  static void noContent(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }
}
