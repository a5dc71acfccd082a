package vn.loa.task.orgunit;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.support.messaging.Replica;

/** What task-service knows of a unit. */
@Document("org_units")
public record OrgUnitReplica(
    @Id String id,
    String name,
    String type,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    long version)
    implements Replica {

  public static OrgUnitReplica of(OrgUnitChanged event) {
    return new OrgUnitReplica(
        event.id(),
        event.name(),
        event.type(),
        event.parentId(),
        event.validFrom(),
        event.validTo(),
        event.version());
  }

  /** Whether the unit exists on {@code day}. */
  public boolean existsOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || !day.isAfter(validTo));
  }
}
