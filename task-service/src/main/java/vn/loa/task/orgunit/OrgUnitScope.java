package vn.loa.task.orgunit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.loa.support.security.UnitScope;

/** Scope checks against task-service's copy of the hierarchy. */
@Configuration(proxyBeanMethods = false)
class OrgUnitScope {

  @Bean
  UnitScope unitScope(OrgUnitDirectory directory) {
    return UnitScope.over(directory::find, OrgUnitReplica::parentId);
  }
}
