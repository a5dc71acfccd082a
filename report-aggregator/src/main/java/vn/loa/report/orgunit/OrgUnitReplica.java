package vn.loa.report.orgunit;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.support.messaging.Replica;

/** What report-aggregator knows of a unit. */
@Document("org_units")
public record OrgUnitReplica(
    @Id String id,
    String code,
    String name,
    String type,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    String successorId,
    long version)
    implements Replica {

  public static OrgUnitReplica of(OrgUnitChanged e) {
    return new OrgUnitReplica(
        e.id(),
        e.code(),
        e.name(),
        e.type(),
        e.parentId(),
        e.validFrom(),
        e.validTo(),
        e.successorId(),
        e.version());
  }
}
