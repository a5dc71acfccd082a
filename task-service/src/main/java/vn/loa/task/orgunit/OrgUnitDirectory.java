package vn.loa.task.orgunit;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.loa.support.messaging.RecentReplicas;

/**
 * Looks units up in task-service's copy of the hierarchy. Units read within {@code
 * loa.units.keep-read} (default 10 s) are answered from memory (ADR 0028): an activity's scope
 * check and rules read the same unit and its parents.
 */
@Component
public class OrgUnitDirectory {

  /** More units than the country has (about 10,000 with their internal units). */
  static final int CAPACITY = 50_000;

  private final RecentReplicas<OrgUnitReplica> units;

  OrgUnitDirectory(MongoTemplate mongo, @Value("${loa.units.keep-read:10s}") Duration keep) {
    this.units =
        new RecentReplicas<>(
            id -> Optional.ofNullable(mongo.findById(id, OrgUnitReplica.class)), keep, CAPACITY);
  }

  public Optional<OrgUnitReplica> find(String id) {
    return id == null ? Optional.empty() : units.find(id);
  }

  /** The units with {@code ids} have just been stored anew: read them from the store next time. */
  public void changed(Collection<String> ids) {
    units.forget(ids);
  }
}
