package vn.loa.task.orgunit;

import org.springframework.stereotype.Component;
import vn.loa.support.security.UnitScope;

/** Scope checks against task-service's copy of the hierarchy. */
@Component
class OrgUnitScope implements UnitScope {

  private final OrgUnitDirectory directory;

  OrgUnitScope(OrgUnitDirectory directory) {
    this.directory = directory;
  }

  @Override
  public boolean knows(String unitId) {
    return directory.find(unitId).isPresent();
  }

  @Override
  public String parentOf(String unitId) {
    return directory.find(unitId).map(OrgUnitReplica::parentId).orElse(null);
  }
}
