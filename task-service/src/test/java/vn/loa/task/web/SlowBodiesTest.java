package vn.loa.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TestIdentity;

/**
 * Bodies sent slowly hold connections, not the service's working slots: with more slow requests
 * open than there are slots, another client is served at once, and each slow one ends with a {@code
 * 408} problem once its body is overdue, having changed nothing.
 */
@IntegrationTest
@TestPropertySource(
    properties = {
      "loa.web.max-concurrent-requests=8",
      "loa.web.body-timeout=3s",
      "server.tomcat.connection-timeout=2s"
    })
class SlowBodiesTest {

  @LocalServerPort int port;
  @Autowired EventCodec codec;

  /** Opens a request that promises a 200-byte body and sends only its first byte. */
  Socket trickle(String token) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    socket.setSoTimeout(20_000);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /api/activities HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  static String statusLine(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != -1 && c != '\r'; ) {
      line.append((char) c);
    }
    return line.toString();
  }

  @Test
  void many_slow_bodies_do_not_keep_another_client_waiting_and_each_ends_in_a_408()
      throws Exception {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    var province = units.province("tp");
    var commune = units.commune("xa", province.id(), LocalDate.of(2020, 1, 1));
    units.publish(province, commune);
    String slowToken = TestIdentity.token("INTEGRATOR", commune.id());
    Http other = Http.localhost(port).as(TestIdentity.token("CITY_VIEWER", province.id()));

    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        slow.add(trickle(slowToken));
      }
      // 20 slow requests against 8 slots: the other client is still served, at once and repeatedly.
      for (int i = 0; i < 5; i++) {
        Http.Response r = other.get("/api/categories");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
      }
      for (Socket s : slow) {
        assertThat(statusLine(s)).isEqualTo("HTTP/1.1 408 ");
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
    assertThat(
            Http.localhost(port)
                .as(TestIdentity.token("CITY_VIEWER", province.id()))
                .get("/api/activities?unit=" + commune.id())
                .json()
                .size())
        .isZero();
  }
}
