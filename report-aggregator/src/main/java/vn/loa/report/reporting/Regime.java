package vn.loa.report.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replica;

/**
 * The reporting regime of one plan, as the aggregator keeps it: the plan's issuer reports to its parent
 * for each window of the listed kinds that overlaps the plan's coverage, by the deadline rule.
 */
@Document("regimes")
public record Regime(
    @Id String id,
    String issuerId,
    String status,
    LocalDate from,
    LocalDate to,
    List<String> windows,
    String deadlineKind,
    Integer deadlineDay,
    Integer deadlineDays,
    String deadlineWording,
    long version)
    implements Replica {

  public Regime {
    windows = windows == null ? List.of() : List.copyOf(windows);
  }

  static Regime of(PlanSnapshot plan) {
    PlanContent c = plan.content();
    PlanContent.Reporting r = c.reporting();
    PlanContent.DeadlineRule rule = r == null ? null : r.deadlineRule();
    return new Regime(
        plan.id(), c.issuerId(), plan.status(), c.coverage() == null ? null : c.coverage().from(),
        c.coverage() == null ? null : c.coverage().to(), r == null ? List.of() : r.windows(),
        rule == null ? null : rule.kind(), rule == null ? null : rule.day(), rule == null ? null : rule.days(),
        rule == null ? null : rule.wording(), plan.version());
  }
}
