package vn.loa.plan.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnits;
import vn.loa.plan.plan.Plan;
import vn.loa.plan.plan.PlanStatus;
import vn.loa.plan.plan.Plans;
import vn.loa.support.web.Problems;

/** Inboxes and compliance, computed from the issued plans. */
@Service
public class Directives {

  private final Plans plans;
  private final OrgUnits units;
  private final Clock clock;

  Directives(Plans plans, OrgUnits units, Clock clock) {
    this.plans = plans;
    this.units = units;
    this.clock = clock;
  }

  /** The plan that fulfils a directive: the addressee's plan citing the directing one. */
  public record Fulfilment(String planId, String number, String title, LocalDate issuedOn) {}

  /** One plan a unit must implement, and where the unit stands with it. */
  public record Directive(
      String planId,
      String number,
      String title,
      String issuerId,
      LocalDate issuedOn,
      LocalDate implementationDeadline,
      String planStatus,
      DirectiveStatus status,
      Fulfilment fulfilledBy) {}

  /** Counts of a plan's addressees by status. */
  public record Summary(
      int addressees,
      int issued,
      int issuedOnTime,
      int issuedLate,
      int pending,
      int overdue,
      int closed) {}

  /** One addressee's standing, with its own implementing plan's compliance one level down. */
  public record UnitCompliance(
      String unitId,
      String name,
      String type,
      DirectiveStatus status,
      Fulfilment fulfilledBy,
      Summary implementation) {}

  public record Compliance(
      String planId,
      String number,
      String title,
      String issuerId,
      String planStatus,
      LocalDate implementationDeadline,
      LocalDate asOf,
      Summary summary,
      List<UnitCompliance> units) {}

  /**
   * The plans a unit must implement (issued or revoked, newest first), with its status for each.
   */
  public List<Directive> inbox(String unitId) {
    units.get(unitId);
    Index index = index();
    return index.published.stream()
        .filter(p -> p.content().addressees().contains(unitId))
        .sorted(
            Comparator.comparing(
                    (Plan p) -> p.content().issuedOn(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .reversed())
        .map(
            p -> {
              Fulfilment f = index.fulfilment(p.id(), unitId).orElse(null);
              PlanContent c = p.content();
              return new Directive(
                  p.id(),
                  c.number(),
                  c.title(),
                  c.issuerId(),
                  c.issuedOn(),
                  c.implementationDeadline(),
                  p.status().name(),
                  status(p, f),
                  f);
            })
        .toList();
  }

  /**
   * An addressee that has not yet issued its plan implementing an issued directive with a deadline.
   */
  public record Outstanding(
      String planId, String number, String title, String unitId, LocalDate deadline) {}

  /**
   * Every addressee of an issued plan that has an implementation deadline and no implementing plan
   * yet.
   */
  public List<Outstanding> outstanding() {
    Index index = index();
    List<Outstanding> rows = new ArrayList<>();
    for (Plan p : index.published) {
      PlanContent c = p.content();
      if (p.status() != PlanStatus.ISSUED || c.implementationDeadline() == null) {
        continue;
      }
      for (String unitId : c.addressees()) {
        if (index.fulfilment(p.id(), unitId).isEmpty()) {
          rows.add(
              new Outstanding(p.id(), c.number(), c.title(), unitId, c.implementationDeadline()));
        }
      }
    }
    return rows;
  }

  /** Who of a plan's addressees has implemented it, who is late, and the same one level down. */
  public Compliance compliance(String planId) {
    Plan plan = plans.get(planId);
    if (plan.status() == PlanStatus.DRAFT) {
      throw Problems.conflict("plan-not-issued", planId, plan.status());
    }
    Index index = index();
    List<UnitCompliance> rows = new ArrayList<>();
    for (String unitId : plan.content().addressees()) {
      Fulfilment f = index.fulfilment(planId, unitId).orElse(null);
      OrgUnit unit = units.find(unitId).orElse(null);
      Summary below = null;
      if (f != null) {
        Plan implementing = index.byId.get(f.planId());
        if (implementing != null && !implementing.content().addressees().isEmpty()) {
          below = summary(implementing, index);
        }
      }
      rows.add(
          new UnitCompliance(
              unitId,
              unit == null ? null : unit.name(),
              unit == null ? null : unit.type().name(),
              status(plan, f),
              f,
              below));
    }
    PlanContent c = plan.content();
    return new Compliance(
        plan.id(),
        c.number(),
        c.title(),
        c.issuerId(),
        plan.status().name(),
        c.implementationDeadline(),
        LocalDate.now(clock),
        summary(rows),
        rows);
  }

  private Summary summary(Plan plan, Index index) {
    List<UnitCompliance> rows = new ArrayList<>();
    for (String unitId : plan.content().addressees()) {
      Fulfilment f = index.fulfilment(plan.id(), unitId).orElse(null);
      rows.add(new UnitCompliance(unitId, null, null, status(plan, f), f, null));
    }
    return summary(rows);
  }

  private static Summary summary(List<UnitCompliance> rows) {
    Map<DirectiveStatus, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    int onTime = counts.getOrDefault(DirectiveStatus.ISSUED, 0);
    int late = counts.getOrDefault(DirectiveStatus.ISSUED_LATE, 0);
    return new Summary(
        rows.size(),
        onTime + late,
        onTime,
        late,
        counts.getOrDefault(DirectiveStatus.PENDING, 0),
        counts.getOrDefault(DirectiveStatus.OVERDUE, 0),
        counts.getOrDefault(DirectiveStatus.CLOSED, 0));
  }

  private DirectiveStatus status(Plan directing, Fulfilment f) {
    LocalDate deadline = directing.content().implementationDeadline();
    if (f != null) {
      boolean late = deadline != null && f.issuedOn() != null && f.issuedOn().isAfter(deadline);
      return late ? DirectiveStatus.ISSUED_LATE : DirectiveStatus.ISSUED;
    }
    if (directing.status() == PlanStatus.REVOKED) {
      return DirectiveStatus.CLOSED;
    }
    return deadline != null && LocalDate.now(clock).isAfter(deadline)
        ? DirectiveStatus.OVERDUE
        : DirectiveStatus.PENDING;
  }

  private Index index() {
    return new Index(plans.published());
  }

  /** The published plans, and which issued plan cites which. */
  private static final class Index {
    final List<Plan> published;
    final Map<String, Plan> byId = new HashMap<>();

    /** directing plan id → issuer id → its earliest issued plan citing it. */
    final Map<String, Map<String, Plan>> citing = new HashMap<>();

    Index(List<Plan> published) {
      this.published = published;
      for (Plan p : published) {
        byId.put(p.id(), p);
        if (p.status() != PlanStatus.ISSUED) {
          continue;
        }
        for (PlanContent.Citation basis : p.content().basis()) {
          if (basis.planId() != null) {
            citing
                .computeIfAbsent(basis.planId(), k -> new HashMap<>())
                .merge(p.content().issuerId(), p, (a, b) -> earlier(a, b));
          }
        }
      }
    }

    private static Plan earlier(Plan a, Plan b) {
      LocalDate da = a.content().issuedOn();
      LocalDate db = b.content().issuedOn();
      return db != null && (da == null || db.isBefore(da)) ? b : a;
    }

    Optional<Fulfilment> fulfilment(String planId, String unitId) {
      return Optional.ofNullable(citing.getOrDefault(planId, Map.of()).get(unitId))
          .map(
              p ->
                  new Fulfilment(
                      p.id(), p.content().number(), p.content().title(), p.content().issuedOn()));
    }
  }
}
