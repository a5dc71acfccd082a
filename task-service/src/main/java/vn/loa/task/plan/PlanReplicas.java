package vn.loa.task.plan;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replicas;
import vn.loa.task.task.Tasks;

/**
 * Applies plan events: first the plan's tasks, then the plan copy. A plan event that is not newer
 * than the copy changes nothing; one re-delivered after a crash between the two steps re-derives
 * the same tasks, which changes nothing either.
 */
@Component
public class PlanReplicas {

  private final MongoTemplate mongo;
  private final Replicas replicas;
  private final Tasks tasks;

  PlanReplicas(MongoTemplate mongo, Replicas replicas, Tasks tasks) {
    this.mongo = mongo;
    this.replicas = replicas;
    this.tasks = tasks;
  }

  public Optional<PlanReplica> find(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(mongo.findById(id, PlanReplica.class));
  }

  public void apply(PlanSnapshot plan) {
    PlanReplica stored = mongo.findById(plan.id(), PlanReplica.class);
    if (stored != null && stored.version() >= plan.version()) {
      return;
    }
    tasks.derive(plan);
    replicas.saveIfNewer(PlanReplica.of(plan));
  }
}
