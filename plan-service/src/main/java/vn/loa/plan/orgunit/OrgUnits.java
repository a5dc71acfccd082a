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
      String id, String code, String name, OrgUnitType type, String parentId, LocalDate validFrom) {}

  /** Creates a unit under an existing parent whose level admits it. */
  public OrgUnit create(NewOrgUnit unit) {
    Violations v = new Violations();
    v.required("id", unit.id());
    v.required("code", unit.code());
    v.required("name", unit.name());
    v.maxLength("name", unit.name(), 300);
    v.required("type", unit.type());
    OrgUnit parent = null;
    if (unit.parentId() != null) {
      parent = find(unit.parentId()).orElse(null);
      if (parent == null) {
        v.add("parentId", "unknown-unit", unit.parentId());
      }
    }
    if (unit.type() != null && (unit.parentId() == null || parent != null)
        && !unit.type().mayHangUnder(parent == null ? null : parent.type())) {
      v.add("parentId", "parent-type", unit.type(), parent == null ? "-" : parent.type());
    }
    v.throwIfAny();
    if (find(unit.id()).isPresent()) {
      throw Problems.conflict("exists", "org-unit", unit.id());
    }
    return aggregates.insert(
        OrgUnit.create(
            unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId(), unit.validFrom(), clock.instant(),
            events));
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

  private static List<OrgUnit> sorted(List<OrgUnit> units) {
    return units.stream().sorted(Comparator.comparing(OrgUnit::type).thenComparing(OrgUnit::name)).toList();
  }
}
