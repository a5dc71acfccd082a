package vn.loa.report.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replica;

/**
 * The reporting regime of one plan, as the aggregator keeps it: who the plan binds (its addressees,
 * its issuer, the units it assigns), the receivers of their reports, the windows wanted and the
 * deadline rule.
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
    long version,
    List<String> addressees,
    List<String> assigned,
    List<String> receiverIds,
    List<String> owedBy,
    Boolean quartersFolded)
    implements Replica {

  public Regime {
    windows = list(windows);
    addressees = list(addressees);
    assigned = list(assigned);
    receiverIds = list(receiverIds);
    owedBy = list(owedBy).isEmpty() ? List.of("ADDRESSEES") : List.copyOf(owedBy);
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  boolean folds() {
    return Boolean.TRUE.equals(quartersFolded);
  }

  static Regime of(PlanSnapshot plan) {
    PlanContent c = plan.content();
    PlanContent.Reporting r = c.reporting();
    PlanContent.DeadlineRule rule = r == null ? null : r.deadlineRule();
    List<String> assigned =
        java.util.stream.Stream.concat(
                c.assignments().stream().map(PlanContent.Assignment::unitId),
                c.appendix().stream()
                    .flatMap(
                        t ->
                            java.util.stream.Stream.concat(
                                java.util.stream.Stream.ofNullable(t.leadUnitId()),
                                t.cooperatingUnitIds().stream())))
            .filter(u -> u != null && !u.equals(c.issuerId()))
            .distinct()
            .toList();
    return new Regime(
        plan.id(),
        c.issuerId(),
        plan.status(),
        c.coverage() == null ? null : c.coverage().from(),
        c.coverage() == null ? null : c.coverage().to(),
        r == null ? List.of() : r.windows(),
        rule == null ? null : rule.kind(),
        rule == null ? null : rule.day(),
        rule == null ? null : rule.days(),
        rule == null ? null : rule.wording(),
        plan.version(),
        c.addressees(),
        assigned,
        r == null ? List.of() : r.receiverIds(),
        r == null ? List.of() : r.owedBy(),
        r == null ? null : r.quartersFolded());
  }
}
