package vn.loa.support.messaging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps replicas idempotently: a state event is applied only if it is newer than what is stored, so
 * the same event delivered twice, or an older one after a newer one, changes nothing.
 *
 * <p>Records of one entity arrive on one partition, which one consumer thread handles at a time, so
 * the read-compare-write below never races with another write of the same entity.
 */
public final class Replicas {

  private final MongoTemplate mongo;

  public Replicas(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Stores {@code replica} unless the stored copy is as new or newer; returns whether it was
   * stored.
   */
  public <T extends Replica> boolean saveIfNewer(T replica) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) replica.getClass();
    T stored = mongo.findById(replica.id(), type);
    if (stored != null && stored.version() >= replica.version()) {
      return false;
    }
    mongo.save(replica);
    return true;
  }

  /**
   * Stores each of {@code incoming} that is newer than the stored copy, in two round trips (one
   * read of the stored versions, one bulk write) whatever their number; of several states of one
   * entity only the newest counts. Returns what was stored.
   */
  public <T extends Replica> List<T> saveAllIfNewer(Class<T> type, List<T> incoming) {
    Map<String, T> newest = new LinkedHashMap<>();
    for (T r : incoming) {
      newest.merge(r.id(), r, (a, b) -> b.version() > a.version() ? b : a);
    }
    if (newest.isEmpty()) {
      return List.of();
    }
    Map<String, Long> stored = new HashMap<>();
    mongo
        .getCollection(mongo.getCollectionName(type))
        .find(new Document("_id", new Document("$in", List.copyOf(newest.keySet()))))
        .projection(new Document("version", 1))
        .forEach(d -> stored.put(d.get("_id").toString(), ((Number) d.get("version")).longValue()));
    List<T> newer =
        newest.values().stream()
            .filter(r -> stored.getOrDefault(r.id(), Long.MIN_VALUE) < r.version())
            .toList();
    if (!newer.isEmpty()) {
      BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
      for (T r : newer) {
        bulk.replaceOne(
            Query.query(Criteria.where("_id").is(r.id())),
            r,
            FindAndReplaceOptions.options().upsert());
      }
      bulk.execute();
    }
    return newer;
  }
}
