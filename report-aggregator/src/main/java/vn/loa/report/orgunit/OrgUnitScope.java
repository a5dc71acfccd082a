package vn.loa.report.orgunit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.support.security.UnitScope;

/** Scope checks against the aggregator's in-memory hierarchy. */
@Configuration(proxyBeanMethods = false)
class OrgUnitScope {

  @Bean
  UnitScope unitScope(OrgTree tree) {
    return UnitScope.over(tree::find, OrgUnitReplica::parentId);
  }
}
