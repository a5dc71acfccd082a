package vn.loa.report.indicator;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replica;

/**
 * The targets (chỉ tiêu) of one issued plan, as the aggregator keeps them to set them against the
 * figures.
 */
@Document("plan_targets")
public record PlanTargets(
    @Id String id,
    String number,
    String title,
    String issuerId,
    String status,
    LocalDate from,
    LocalDate to,
    List<PlanContent.Target> targets,
    long version)
    implements Replica {

  public PlanTargets {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  static PlanTargets of(PlanSnapshot plan) {
    PlanContent c = plan.content();
    return new PlanTargets(
        plan.id(),
        c.number(),
        c.title(),
        c.issuerId(),
        plan.status(),
        c.coverage() == null ? null : c.coverage().from(),
        c.coverage() == null ? null : c.coverage().to(),
        c.targets(),
        plan.version());
  }
}
