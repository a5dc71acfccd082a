package vn.loa.platform;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.loa.platform.store.DurableH2Backend;

/**
 * The MongoDB wire-protocol server with its data in an H2 MVStore file, so data survives a restart
 * and every acknowledged write a kill -9 ({@link DurableH2Backend}). Arguments: {@code <data file>
 * <port>}.
 */
public final class MongoServerMain {

  private MongoServerMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    DurableH2Backend backend = DurableH2Backend.open(file.toString());
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
