package vn.loa.report.rollup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each activity's description at its latest version: a version not newer than the one held
 * changes nothing, so a batch delivered again, or an older version after a newer one, is a no-op.
 * The versions of one activity arrive on one partition, which one thread consumes: the read before
 * the write does not race.
 */
@Service
public class ActivityDescriptions {

  private final MongoTemplate mongo;

  ActivityDescriptions(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public void keep(Collection<ActivityDescription> described) {
    if (described.isEmpty()) {
      return;
    }
    Map<String, ActivityDescription> newest = new HashMap<>();
    for (ActivityDescription d : described) {
      newest.merge(d.id(), d, (a, b) -> a.version() >= b.version() ? a : b);
    }
    Map<String, Long> held = new HashMap<>();
    find(newest.keySet()).forEach(d -> held.put(d.id(), d.version()));
    BulkOperations writes =
        mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ActivityDescription.class);
    int n = 0;
    for (ActivityDescription d : newest.values()) {
      if (held.getOrDefault(d.id(), 0L) < d.version()) {
        writes.replaceOne(
            new Query(Criteria.where("_id").is(d.id())),
            d,
            FindAndReplaceOptions.options().upsert());
        n++;
      }
    }
    if (n > 0) {
      writes.execute();
    }
  }

  public List<ActivityDescription> find(Collection<String> ids) {
    return mongo.find(new Query(Criteria.where("_id").in(ids)), ActivityDescription.class);
  }
}
