package vn.loa.report.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.period.Span;
import vn.loa.report.statistics.Statistics;
import vn.loa.support.messaging.Replicas;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * Plan against achievement: each target of an issued plan next to what its issuer's subtree
 * achieved over the plan's coverage (up to a day), measured by the indicator the target names. A
 * target without an indicator, or naming one that does not exist, is listed with nothing measured.
 */
@Component
public class TargetProgress {

  private final MongoTemplate mongo;
  private final Replicas replicas;
  private final Indicators indicators;
  private final Statistics statistics;
  private final OrgTree tree;
  private final Clock clock;

  TargetProgress(
      MongoTemplate mongo,
      Replicas replicas,
      Indicators indicators,
      Statistics statistics,
      OrgTree tree,
      Clock clock) {
    this.mongo = mongo;
    this.replicas = replicas;
    this.indicators = indicators;
    this.statistics = statistics;
    this.tree = tree;
    this.clock = clock;
  }

  /** Keeps a plan's targets, newest version only. */
  public void apply(PlanSnapshot plan) {
    replicas.saveIfNewer(PlanTargets.of(plan));
  }

  /** The plan's targets, for an access check before {@link #progress}. */
  public PlanTargets plan(String planId) {
    PlanTargets plan = mongo.findById(planId, PlanTargets.class);
    if (plan == null) {
      throw Problems.notFound("plan", planId);
    }
    return plan;
  }

  /**
   * One target: as the plan words it, the indicator measuring it, the quantity planned, what was
   * achieved (a number, or a text for a descriptive indicator; {@code null} when not measured) and
   * the share of the plan achieved ({@code null} without a planned quantity).
   */
  public record Row(
      String indicator,
      String value,
      String indicatorCode,
      String indicatorName,
      Long planned,
      Object achieved,
      Double achievedShare) {}

  /**
   * The targets of a plan against the figures of its issuer's subtree from {@code from} to {@code
   * to}.
   */
  public record Progress(
      String planId,
      String number,
      String title,
      String unitId,
      String unitName,
      LocalDate from,
      LocalDate to,
      List<Row> targets) {}

  /**
   * Plan against achievement up to {@code asOf} (default today; the end of a half-month), within
   * the plan's coverage; figures are kept by half-month, so the coverage is taken by whole
   * half-months.
   */
  public Progress progress(PlanTargets plan, LocalDate asOf) {
    Violations v = new Violations();
    if (asOf != null && !HalfMonth.of(asOf).lastDay().equals(asOf)) {
      v.add("asOf", "half-month-end");
    }
    if (asOf != null && plan.from() != null && asOf.isBefore(plan.from())) {
      v.add("asOf", "range", plan.from(), plan.to());
    }
    v.throwIfAny();
    OrgUnitReplica unit =
        tree.find(plan.issuerId())
            .orElseThrow(() -> Problems.notFound("org-unit", plan.issuerId()));
    LocalDate until = asOf != null ? asOf : LocalDate.now(clock);
    Span span = null;
    if (plan.from() != null && plan.to() != null && !until.isBefore(plan.from())) {
      LocalDate from = HalfMonth.of(plan.from()).firstDay();
      LocalDate to = HalfMonth.of(until.isBefore(plan.to()) ? until : plan.to()).lastDay();
      span = new Span(plan.id(), Span.Kind.CALENDAR, from, to);
    }
    var figures = span == null ? null : statistics.totals(plan.issuerId(), span).byCategory();
    List<Row> rows = new ArrayList<>();
    for (PlanContent.Target t : plan.targets()) {
      Indicator indicator =
          t.indicatorCode() == null ? null : indicators.find(t.indicatorCode()).orElse(null);
      Object achieved =
          indicator == null
              ? null
              : figures == null ? 0L : IndicatorTable.value(indicator, figures);
      Double share =
          t.quantity() == null || t.quantity() == 0 || !(achieved instanceof Long n)
              ? null
              : (double) n / t.quantity();
      rows.add(
          new Row(
              t.indicator(),
              t.value(),
              t.indicatorCode(),
              indicator == null ? null : indicator.name(),
              t.quantity(),
              achieved,
              share));
    }
    return new Progress(
        plan.id(),
        plan.number(),
        plan.title(),
        plan.issuerId(),
        unit.name(),
        span == null ? plan.from() : span.from(),
        span == null ? null : span.to(),
        rows);
  }
}
