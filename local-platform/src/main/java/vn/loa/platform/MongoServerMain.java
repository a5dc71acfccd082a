package vn.loa.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB wire-protocol server with its data in an H2 MVStore file, so data survives a restart.
 * Arguments: {@code <data file> <port>}.
 */
public final class MongoServerMain {

  private MongoServerMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    H2Backend backend = new H2Backend(file.toString());
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdown();
                  backend.close();
                },
                "mongo-server-stop"));
    System.out.println("MongoDB wire-protocol server on 127.0.0.1:" + port + ", data in " + file);
    Thread.currentThread().join();
  }
}
