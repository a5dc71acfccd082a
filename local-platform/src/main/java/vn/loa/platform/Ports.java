package vn.loa.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for processes started on free ports (tests, benchmarks), taken below the kernel's
 * range of ephemeral ports (32768–60999 on Linux): a port found free there is not handed to an
 * outgoing connection in the meantime, as a port asked of the kernel with {@code new
 * ServerSocket(0)} can be — which once let a client connection take a service's port before the
 * service bound it.
 */
public final class Ports {

  static final int FROM = 20_000;
  static final int TO = 32_000;
  private static final Set<Integer> given = ConcurrentHashMap.newKeySet();

  private Ports() {}

  /** A port no process listens on and that this JVM has not handed out before. */
  public static int free() {
    int start = ThreadLocalRandom.current().nextInt(FROM, TO);
    for (int i = 0; i < TO - FROM; i++) {
      int port = FROM + (start - FROM + i) % (TO - FROM);
      if (!given.contains(port) && bindable(port) && given.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port between " + FROM + " and " + TO);
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
