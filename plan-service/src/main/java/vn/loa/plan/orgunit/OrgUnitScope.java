package vn.loa.plan.orgunit;

import org.springframework.stereotype.Component;
import vn.loa.support.security.UnitScope;

/** Scope checks against the hierarchy plan-service owns. */
@Component
class OrgUnitScope implements UnitScope {

  private final OrgUnits units;

  OrgUnitScope(OrgUnits units) {
    this.units = units;
  }

  @Override
  public boolean knows(String unitId) {
    return units.find(unitId).isPresent();
  }

  @Override
  public String parentOf(String unitId) {
    return units.find(unitId).map(OrgUnit::parentId).orElse(null);
  }
}
