package vn.loa.support.messaging;

import org.springframework.data.mongodb.core.MongoTemplate;

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
}
