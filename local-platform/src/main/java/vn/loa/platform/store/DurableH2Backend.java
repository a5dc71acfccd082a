package vn.loa.platform.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend (one MVStore file) with two changes, both kept small and both
 * tested (ADR 0027):
 *
 * <ul>
 *   <li><b>An acknowledged write is in the file.</b> Upstream commits the MVStore once a second in
 *       the background, so a kill -9 loses up to a second of writes clients were told had been
 *       done. Here every command that is not a read commits the store before it is answered. One
 *       commit covers every write finished before it began, so writers arriving together share it
 *       (group commit). The commit writes to the file, not to the disk platter: a crash of the
 *       process loses nothing, a power cut may lose what the OS had not flushed.
 *   <li><b>Index keys compared without serialization</b> ({@link IndexKeyType}). An index file
 *       written by the stock backend is converted once, at opening, before any client connects.
 * </ul>
 */
public final class DurableH2Backend extends AbstractMongoBackend {

  /** Where the store records which indexes have been converted to {@link IndexKeyType}. */
  static final String FORMATS = "_loa.indexFormats";

  private static final String INDEX_MAP = "._index_";

  /**
   * Commands that only read: answered without a commit. Every other command commits (an {@code
   * aggregate} too: it may end in {@code $out}).
   */
  private static final Set<String> READS =
      Set.of(
          "find",
          "getmore",
          "count",
          "distinct",
          "listcollections",
          "listindexes",
          "listdatabases",
          "ping",
          "hello",
          "ismaster",
          "buildinfo",
          "whatsmyuri",
          "killcursors",
          "endsessions",
          "serverstatus",
          "dbstats",
          "collstats",
          "getlasterror",
          "getparameter",
          "hostinfo");

  private final MVStore store;
  private final MVMap<String, Integer> formats;
  private final Object committing = new Object();

  private DurableH2Backend(MVStore store) {
    this.store = store;
    this.formats = store.openMap(FORMATS);
    convertIndexes();
    store.commit();
    store.setAutoCommitDelay(1000);
    store.getMapNames().stream()
        .filter(name -> name.startsWith("databases."))
        .map(name -> Utils.firstFragment(name.substring("databases.".length())))
        .distinct()
        .forEach(this::resolveDatabase);
  }

  /** The store in {@code file}, created when missing. */
  public static DurableH2Backend open(String file) {
    return new DurableH2Backend(new MVStore.Builder().fileName(file).autoCommitDisabled().open());
  }

  /** A store in memory only (for tests of the key order). */
  static DurableH2Backend inMemory() {
    return new DurableH2Backend(new MVStore.Builder().autoCommitDisabled().open());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    Document answer = super.handleCommand(channel, database, command, query);
    if (!READS.contains(command.toLowerCase(Locale.ROOT))) {
      commit();
    }
    return answer;
  }

  /** Stores every change made so far; returns once they are in the file. */
  void commit() {
    synchronized (committing) {
      if (store.hasUnsavedChanges()) {
        store.commit();
      }
    }
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  @Override
  public void close() {
    super.close();
    store.close();
  }

  /**
   * Rewrites every index map the stock backend wrote (keys Java-serialized, in the order of their
   * serialized bytes) with {@link IndexKeyType}; all of it is stored by the one commit that
   * follows, or, after a crash in the middle, none of it.
   */
  private void convertIndexes() {
    for (String name : List.copyOf(store.getMapNames())) {
      if (name.contains(INDEX_MAP)
          && !Integer.valueOf(IndexKeyType.FORMAT).equals(formats.get(name))) {
        MVMap<Object, Object> old = store.openMap(name);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(old.entrySet());
        store.removeMap(old);
        MVMap<KeyValue, Object> converted = openIndex(name);
        for (Map.Entry<Object, Object> e : entries) {
          converted.put((KeyValue) e.getKey(), e.getValue());
        }
        formats.put(name, IndexKeyType.FORMAT);
      }
    }
  }

  private MVMap<KeyValue, Object> openIndex(String name) {
    return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
  }

  /**
   * Upstream's database, whose unique indexes find their map already open with {@link IndexKeyType}
   * (MVStore hands out an open map as it is).
   */
  private final class Database extends H2Database {

    Database(String name) {
      super(name, store, getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collection, String index, List<IndexKey> keys, boolean sparse) {
      String name = getFullCollectionNamespace(collection) + INDEX_MAP + index;
      if (!store.hasMap(name)) {
        formats.put(name, IndexKeyType.FORMAT);
      } else if (!Integer.valueOf(IndexKeyType.FORMAT).equals(formats.get(name))) {
        throw new IllegalStateException("index " + name + " was not converted");
      }
      openIndex(name);
      return super.openOrCreateUniqueIndex(collection, index, keys, sparse);
    }
  }
}
