package vn.loa.plan.orgunit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.support.security.UnitScope;

/** Scope checks against the hierarchy plan-service owns. */
@Configuration(proxyBeanMethods = false)
class OrgUnitScope {

  @Bean
  UnitScope unitScope(OrgUnits units) {
    return UnitScope.over(units::find, OrgUnit::parentId);
  }
}
