package vn.loa.plan.plan.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.plan.plan.Plan;

/**
 * A plan as the API shows it: its content fields at the top level (the shape the API has kept since
 * it was published) plus where it stands.
 *
 * @param revisions the issued revisions, oldest first, each readable at {@code
 *     /api/plans/{id}/revisions/{n}}
 */
record PlanView(
    String id,
    @JsonUnwrapped PlanContent content,
    String status,
    long version,
    int revision,
    List<RevisionRef> revisions,
    LocalDate revokedOn,
    String revocationReason,
    Instant createdAt,
    String createdBy,
    Instant changedAt,
    String changedBy) {

  record RevisionRef(int revision, Instant issuedAt) {}

  static PlanView of(Plan p) {
    List<RevisionRef> revisions =
        p.history().stream().map(r -> new RevisionRef(r.revision(), r.issuedAt())).toList();
    return new PlanView(
        p.id(),
        p.content(),
        p.status().name(),
        p.version(),
        p.revision(),
        revisions,
        p.revokedOn(),
        p.revocationReason(),
        p.createdAt(),
        p.createdBy(),
        p.changedAt(),
        p.changedBy());
  }
}
