package vn.loa.report.orgunit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.loa.support.security.UnitScope;

/** Scope checks against the aggregator's in-memory hierarchy. */
@Component
class OrgUnitScope implements UnitScope {

  private final OrgTree tree;

  OrgUnitScope(OrgTree tree) {
    this.tree = tree;
  }

  @Override
  public boolean knows(String unitId) {
    return tree.find(unitId).isPresent();
  }

  @Override
  public String parentOf(String unitId) {
    List<String> path = tree.path(unitId);
    return path.size() > 1 ? path.get(1) : null;
  }
}
