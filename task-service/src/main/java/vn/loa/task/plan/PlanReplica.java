package vn.loa.task.plan;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replica;

/** What task-service keeps of a plan. */
@Document("plans")
public record PlanReplica(
    @Id String id,
    String issuerId,
    String number,
    String title,
    int revision,
    String status,
    LocalDate from,
    LocalDate to,
    long version)
    implements Replica {

  static PlanReplica of(PlanSnapshot p) {
    var coverage = p.content().coverage();
    return new PlanReplica(
        p.id(),
        p.content().issuerId(),
        p.content().number(),
        p.content().title(),
        p.revision(),
        p.status(),
        coverage == null ? null : coverage.from(),
        coverage == null ? null : coverage.to(),
        p.version());
  }

  /** Whether {@code day} lies in the plan's coverage (a plan without coverage covers every day). */
  public boolean covers(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
