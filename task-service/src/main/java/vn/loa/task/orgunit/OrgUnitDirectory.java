package vn.loa.task.orgunit;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Looks units up in task-service's copy of the hierarchy. */
@Component
public class OrgUnitDirectory {

  private final MongoTemplate mongo;

  OrgUnitDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<OrgUnitReplica> find(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(mongo.findById(id, OrgUnitReplica.class));
  }
}
