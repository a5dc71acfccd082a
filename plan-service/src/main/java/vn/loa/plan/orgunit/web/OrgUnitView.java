package vn.loa.plan.orgunit.web;

import java.time.LocalDate;
import vn.loa.plan.orgunit.OrgUnit;

/** A unit as the API shows it. */
record OrgUnitView(
    String id,
    String code,
    String name,
    String type,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    String successorId,
    long version) {

  static OrgUnitView of(OrgUnit unit) {
    return new OrgUnitView(
        unit.id(),
        unit.code(),
        unit.name(),
        unit.type().name(),
        unit.parentId(),
        unit.validFrom(),
        unit.validTo(),
        unit.successorId(),
        unit.version());
  }
}
