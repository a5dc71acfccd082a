package vn.loa.platform.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.CollectionOptions;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend (one MVStore file) with two changes, kept small and tested (ADR
 * 0027):
 *
 * <ul>
 *   <li><b>An acknowledged write is in the file.</b> Upstream commits the MVStore once a second in
 *       the background, so a kill -9 loses up to a second of writes clients were told had been
 *       done. Here every command that is not a read commits the store before it is answered. One
 *       commit covers every write finished before it began, so writers arriving together share it
 *       (group commit). The commit writes to the file, not to the disk platter: a crash of the
 *       process loses nothing, a power cut may lose what the OS had not flushed.
 *   <li><b>No Java serialization</b>: index keys in their own type, compared value by value ({@link
 *       IndexKeyType}), documents as BSON ({@link DocumentType}). A file written by the stock
 *       backend is converted once, at opening, before any client connects.
 * </ul>
 */
public final class DurableH2Backend extends AbstractMongoBackend {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DurableH2Backend.class);

  /**
   * Where the store records, per map, that it is stored with {@link IndexKeyType} (an index) or
   * {@link DocumentType} (a collection's documents).
   */
  static final String FORMATS = "_loa.formats";

  private static final String INDEX_MAP = "._index_";

  /** Prefix of the maps holding a collection's documents (upstream's naming). */
  private static final String DOCUMENTS = "databases.";

  /**
   * How long a chunk no longer used is kept before its space is written over (MVStore: 45 s). With
   * a commit per write, 45 s of superseded chunks made the file grow to 860 MB in one benchmark run
   * (docs/benchmarks.md). The chunks are kept so that a file whose last writes were lost (a power
   * cut) still has a consistent older state to open; a few seconds cover that.
   */
  static final int RETENTION_MS = 5_000;

  /** What {@link #FORMATS} records for a map stored this way. */
  static final int FORMAT = 1;

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

  /**
   * Commands that may change documents hold it shared; a commit holds it alone. Upstream changes a
   * stored document in place ({@code AbstractMongoCollection.updateDocument}), so a commit writing
   * pages while a command changed one of their documents wrote a torn document (Java serialization)
   * or failed and closed the store (a {@code ConcurrentModificationException} in the BSON encoder:
   * seen in a benchmark). Reads take no part: they change nothing.
   */
  private final ReentrantReadWriteLock changing = new ReentrantReadWriteLock();

  private final ScheduledExecutorService housekeeping =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("store-housekeeping").factory());

  private DurableH2Backend(MVStore store) {
    this.store = store;
    store.setRetentionTime(RETENTION_MS);
    this.formats = store.openMap(FORMATS);
    convert();
    store.commit();
    store.getMapNames().stream()
        .filter(name -> name.startsWith(DOCUMENTS))
        .map(name -> Utils.firstFragment(name.substring(DOCUMENTS.length())))
        .distinct()
        .forEach(this::resolveDatabase);
    housekeeping.scheduleWithFixedDelay(this::compact, 30, 30, TimeUnit.SECONDS);
  }

  /**
   * The store in {@code file}, created when missing. MVStore commits nothing on its own (no
   * background commit, none when unsaved changes pile up): every commit is this backend's.
   */
  public static DurableH2Backend open(String file) {
    return new DurableH2Backend(
        new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).open());
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (READS.contains(command.toLowerCase(Locale.ROOT))) {
      return super.handleCommand(channel, database, command, query);
    }
    Document answer;
    changing.readLock().lock();
    try {
      answer = super.handleCommand(channel, database, command, query);
    } finally {
      changing.readLock().unlock();
    }
    commit();
    return answer;
  }

  /**
   * Stores every change made so far; returns once they are in the file. Writers that finished
   * together share one commit: the first stores all their changes, the others find none left.
   */
  void commit() {
    changing.writeLock().lock();
    try {
      if (store.hasUnsavedChanges()) {
        store.commit();
      }
    } finally {
      changing.writeLock().unlock();
    }
  }

  /**
   * What MVStore's background thread would do: rewrite the live pages of chunks that are mostly
   * free, so that the file does not keep growing (each commit writes a new chunk): at most 4 MB of
   * pages every 30 s, while no command changes anything.
   */
  private void compact() {
    changing.writeLock().lock();
    try {
      if (store.isClosed()) {
        return;
      }
      store.compact(80, 4 * 1024 * 1024);
      if (store.hasUnsavedChanges()) {
        store.commit();
      }
    } catch (RuntimeException e) {
      log.warn("Store housekeeping failed, will try again", e);
    } finally {
      changing.writeLock().unlock();
    }
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  @Override
  public void close() {
    housekeeping.shutdownNow();
    changing.writeLock().lock();
    try {
      super.close();
      store.close();
    } finally {
      changing.writeLock().unlock();
    }
  }

  /**
   * Rewrites every map the stock backend wrote — index keys and documents Java-serialized, index
   * keys in the order of their serialized bytes — with {@link IndexKeyType} and {@link
   * DocumentType}; all of it is stored by the one commit that follows, or, after a crash in the
   * middle, none of it.
   */
  private void convert() {
    for (String name : List.copyOf(store.getMapNames())) {
      if ((isIndex(name) || isDocuments(name)) && !converted(name)) {
        MVMap<Object, Object> old = store.openMap(name);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(old.entrySet());
        store.removeMap(old);
        if (isIndex(name)) {
          MVMap<KeyValue, Object> index = openIndex(name);
          entries.forEach(e -> index.put((KeyValue) e.getKey(), e.getValue()));
        } else {
          MVMap<Object, Document> documents = openDocuments(name);
          entries.forEach(e -> documents.put(e.getKey(), (Document) e.getValue()));
        }
        formats.put(name, FORMAT);
      }
    }
  }

  private static boolean isIndex(String name) {
    return name.contains(INDEX_MAP);
  }

  private static boolean isDocuments(String name) {
    return name.startsWith(DOCUMENTS) && !isIndex(name);
  }

  private boolean converted(String name) {
    return Integer.valueOf(FORMAT).equals(formats.get(name));
  }

  /**
   * Before a map is opened by upstream's code: a new one is recorded as stored this way; an
   * existing one must have been converted.
   */
  private void beforeOpening(String name) {
    if (!store.hasMap(name)) {
      formats.put(name, FORMAT);
    } else if (!converted(name)) {
      throw new IllegalStateException(name + " was not converted");
    }
  }

  private MVMap<KeyValue, Object> openIndex(String name) {
    return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
  }

  private MVMap<Object, Document> openDocuments(String name) {
    return store.openMap(name, new MVMap.Builder<Object, Document>().valueType(new DocumentType()));
  }

  /**
   * Upstream's database, whose unique indexes and collections find their maps already open with
   * {@link IndexKeyType} and {@link DocumentType} (MVStore hands out an open map as it is).
   */
  private final class Database extends H2Database {

    Database(String name) {
      super(name, store, getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collection, String index, List<IndexKey> keys, boolean sparse) {
      String name = getFullCollectionNamespace(collection) + INDEX_MAP + index;
      beforeOpening(name);
      openIndex(name);
      return super.openOrCreateUniqueIndex(collection, index, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collection, CollectionOptions options) {
      String name = DOCUMENTS + getFullCollectionNamespace(collection);
      beforeOpening(name);
      openDocuments(name);
      return super.openOrCreateCollection(collection, options);
    }

    @Override
    public void moveCollection(
        MongoDatabase from, MongoCollection<?> collection, String newCollectionName) {
      super.moveCollection(from, collection, newCollectionName); // renames the map: so its record
      formats.put(DOCUMENTS + getFullCollectionNamespace(newCollectionName), FORMAT);
    }
  }
}
