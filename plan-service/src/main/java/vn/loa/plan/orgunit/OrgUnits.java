package vn.loa.plan.orgunit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/** Reads and changes the hierarchy; every change is stored with its event in one write. */
@Service
public class OrgUnits {

  private static final int MAX_DEPTH = 16;

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final Clock clock;

  OrgUnits(MongoTemplate mongo, Aggregates aggregates, OutboxEvents events, Clock clock) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
    this.clock = clock;
    aggregates.ensureVersionIndex(OrgUnit.class);
  }

  /** What a new unit is made of. */
  public record NewOrgUnit(
      String id,
      String code,
      String name,
      OrgUnitType type,
      String parentId,
      LocalDate validFrom) {}

  /** Creates a unit under an existing parent whose level admits it. */
  public OrgUnit create(NewOrgUnit unit) {
    Violations v = new Violations();
    v.required("code", unit.code());
    v.required("name", unit.name());
    v.maxLength("name", unit.name(), 300);
    v.required("type", unit.type());
    OrgUnit parent = null;
    if (unit.parentId() != null) {
      parent = find(unit.parentId()).orElse(null);
      if (parent == null) {
        v.addRule("parentId", "unknown-unit", unit.parentId());
      }
    }
    if (unit.type() != null
        && (unit.parentId() == null || parent != null)
        && !unit.type().mayHangUnder(parent == null ? null : parent.type())) {
      v.addRule("parentId", "parent-type", unit.type(), parent == null ? "-" : parent.type());
    }
    v.throwIfAny();
    v.maxLength("id", unit.id(), 100);
    v.throwIfAny();
    String id =
        unit.id() == null || unit.id().isBlank() ? "u-" + java.util.UUID.randomUUID() : unit.id();
    try {
      return aggregates.insert(
          OrgUnit.create(
              id,
              unit.code().strip(),
              unit.name().strip(),
              unit.type(),
              unit.parentId(),
              unit.validFrom(),
              clock.instant(),
              events));
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw Problems.conflict("exists", "org-unit", id);
    }
  }

  /** What a change of a unit may set; absent fields stay as they are. */
  public record Change(String name, String code, String parentId) {}

  /** Renames and/or moves a unit, if it is still at {@code expectedVersion}. */
  public OrgUnit change(String id, Change change, long expectedVersion) {
    OrgUnit current = current(id, expectedVersion);
    Violations v = new Violations();
    if (change == null
        || (change.name() == null && change.code() == null && change.parentId() == null)) {
      v.add("body", "required");
    }
    v.throwIfAny();
    if (change.name() != null) {
      v.required("name", change.name());
      v.maxLength("name", change.name(), 300);
    }
    if (change.code() != null) {
      v.required("code", change.code());
    }
    OrgUnit next = current;
    if (change.parentId() != null && !change.parentId().equals(current.parentId())) {
      OrgUnit parent = find(change.parentId()).orElse(null);
      if (parent == null) {
        v.addRule("parentId", "unknown-unit", change.parentId());
      } else if (parent.id().equals(id) || isAncestorOrSelf(id, parent.id())) {
        v.addRule("parentId", "cycle", change.parentId());
      } else if (!current.type().mayHangUnder(parent.type())) {
        v.addRule("parentId", "parent-type", current.type(), parent.type());
      }
      v.throwIfAny();
      next = next.move(parent.id(), clock.instant(), events);
    }
    v.throwIfAny();
    if (change.name() != null || change.code() != null) {
      OrgUnit base = next;
      next =
          base.rename(
              change.name() == null ? base.name() : change.name().strip(),
              change.code() == null ? base.code() : change.code().strip(),
              clock.instant(),
              events);
    }
    return write(next, current);
  }

  /**
   * Merges a unit into another of the same type from {@code on}: the merged unit ends the day
   * before, and names its successor, under which its history is reported on request.
   */
  public OrgUnit merge(String id, String into, LocalDate on, long expectedVersion) {
    OrgUnit current = current(id, expectedVersion);
    Violations v = new Violations();
    v.required("on", on);
    if (v.required("into", into)) {
      OrgUnit successor = find(into).orElse(null);
      if (successor == null) {
        v.addRule("into", "unknown-unit", into);
      } else if (successor.id().equals(id)) {
        v.addRule("into", "cycle", into);
      } else if (successor.type() != current.type()) {
        v.addRule("into", "merge-type", current.type(), successor.type());
      } else if (on != null && !successor.existsOn(on)) {
        v.addRule("into", "inactive-unit", into, on);
      }
    }
    if (on != null && current.validFrom() != null && !on.isAfter(current.validFrom())) {
      v.addRule("on", "too-early", current.validFrom().plusDays(1));
    }
    v.throwIfAny();
    return write(current.end(on.minusDays(1), into, clock.instant(), events), current);
  }

  /** Retires a unit: it exists up to and including {@code lastDay}. */
  public OrgUnit retire(String id, LocalDate lastDay, long expectedVersion) {
    OrgUnit current = current(id, expectedVersion);
    Violations v = new Violations();
    if (v.required("lastDay", lastDay)
        && current.validFrom() != null
        && lastDay.isBefore(current.validFrom())) {
      v.addRule("lastDay", "too-early", current.validFrom());
    }
    v.throwIfAny();
    return write(current.end(lastDay, null, clock.instant(), events), current);
  }

  /** Units merged into {@code id}, directly or through a chain of merges. */
  public List<OrgUnit> predecessors(String id) {
    List<OrgUnit> found = new ArrayList<>();
    List<String> frontier = new ArrayList<>(List.of(id));
    while (!frontier.isEmpty() && found.size() < 1_000) {
      List<OrgUnit> merged =
          mongo.find(new Query(Criteria.where("successorId").in(frontier)), OrgUnit.class);
      found.addAll(merged);
      frontier = merged.stream().map(OrgUnit::id).toList();
    }
    return found;
  }

  private OrgUnit current(String id, long expectedVersion) {
    OrgUnit current = get(id);
    if (current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    return current;
  }

  private OrgUnit write(OrgUnit next, OrgUnit current) {
    if (!aggregates.replace(next, current.version())) {
      throw Problems.staleVersion(get(current.id()).version());
    }
    return next;
  }

  public Optional<OrgUnit> find(String id) {
    return Optional.ofNullable(mongo.findById(id, OrgUnit.class));
  }

  public OrgUnit get(String id) {
    return find(id).orElseThrow(() -> Problems.notFound("org-unit", id));
  }

  /** The roots: national or provincial units without a parent. */
  public List<OrgUnit> roots() {
    return sorted(mongo.find(new Query(Criteria.where("parentId").is(null)), OrgUnit.class));
  }

  public List<OrgUnit> children(String parentId) {
    get(parentId);
    return sorted(mongo.find(new Query(Criteria.where("parentId").is(parentId)), OrgUnit.class));
  }

  /** The chain from the unit's parent up to its root, nearest first. */
  public List<OrgUnit> ancestors(String id) {
    List<OrgUnit> chain = new ArrayList<>();
    OrgUnit current = get(id);
    while (current.parentId() != null && chain.size() < MAX_DEPTH) {
      current = get(current.parentId());
      chain.add(current);
    }
    return chain;
  }

  /** Whether {@code ancestorId} is {@code unitId} itself or one of its ancestors. */
  public boolean isAncestorOrSelf(String ancestorId, String unitId) {
    if (ancestorId.equals(unitId)) {
      return true;
    }
    return find(unitId)
        .map(u -> ancestors(u.id()).stream().anyMatch(a -> a.id().equals(ancestorId)))
        .orElse(false);
  }

  private static List<OrgUnit> sorted(List<OrgUnit> units) {
    return units.stream()
        .sorted(Comparator.comparing(OrgUnit::type).thenComparing(OrgUnit::name))
        .toList();
  }
}
