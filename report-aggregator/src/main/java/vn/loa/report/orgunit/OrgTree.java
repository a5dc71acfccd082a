package vn.loa.report.orgunit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.loa.support.messaging.Replicas;

/**
 * The hierarchy in memory, loaded from the stored replica at start and kept current by the org-unit
 * consumer. Reads never touch the store.
 */
@Component
public class OrgTree {

  static final int MAX_DEPTH = 16;

  private final MongoTemplate mongo;
  private final Replicas replicas;
  private final Map<String, OrgUnitReplica> units = new ConcurrentHashMap<>();

  OrgTree(MongoTemplate mongo, Replicas replicas) {
    this.mongo = mongo;
    this.replicas = replicas;
    reload();
  }

  /** Forgets what is in memory and reads the stored copy again (after a rebuild dropped it). */
  public void reload() {
    units.clear();
    mongo.findAll(OrgUnitReplica.class).forEach(u -> units.put(u.id(), u));
  }

  /** Stores a unit's new state if it is newer than what is known. */
  public void apply(OrgUnitReplica unit) {
    if (replicas.saveIfNewer(unit)) {
      units.merge(unit.id(), unit, (old, neu) -> neu.version() > old.version() ? neu : old);
    }
  }

  /** Stores each unit's new state that is newer than what is known, in one store round trip. */
  public void applyAll(List<OrgUnitReplica> changed) {
    for (OrgUnitReplica unit : replicas.saveAllIfNewer(OrgUnitReplica.class, changed)) {
      units.merge(unit.id(), unit, (old, neu) -> neu.version() > old.version() ? neu : old);
    }
  }

  public Optional<OrgUnitReplica> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(units.get(id));
  }

  /**
   * The unit and its ancestors up to the root, nearest first; empty while the unit or one of its
   * ancestors is not known yet (their events travel on other partitions and may still be on the
   * way).
   */
  public List<String> path(String unitId) {
    List<String> path = new ArrayList<>();
    OrgUnitReplica current = units.get(unitId);
    while (current != null && path.size() < MAX_DEPTH) {
      path.add(current.id());
      if (current.parentId() == null) {
        return path;
      }
      current = units.get(current.parentId());
    }
    return List.of();
  }

  /** Units merged into {@code unitId}, directly or through a chain of merges. */
  public List<String> predecessors(String unitId) {
    List<String> found = new ArrayList<>();
    List<String> frontier = List.of(unitId);
    while (!frontier.isEmpty() && found.size() < 1_000) {
      List<String> current = frontier;
      List<String> next =
          units.values().stream()
              .filter(u -> u.successorId() != null && current.contains(u.successorId()))
              .map(OrgUnitReplica::id)
              .toList();
      found.addAll(next);
      frontier = next;
    }
    return found;
  }

  public List<OrgUnitReplica> children(String parentId) {
    return units.values().stream()
        .filter(u -> parentId.equals(u.parentId()))
        .sorted(Comparator.comparing(OrgUnitReplica::type).thenComparing(OrgUnitReplica::name))
        .toList();
  }
}
