package vn.loa.plan.directive.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.plan.directive.Directives;
import vn.loa.plan.plan.Plans;
import vn.loa.support.security.Access;

@RestController
class DirectiveController {

  private final Directives directives;

  private final Access access;
  private final Plans plans;

  DirectiveController(Directives directives, Access access, Plans plans) {
    this.directives = directives;
    this.access = access;
    this.plans = plans;
  }

  /** A unit's inbox: the plans it must implement, with its status for each. */
  @GetMapping("/api/directives")
  List<Directives.Directive> inbox(@RequestParam String unit) {
    access.read(unit);
    return directives.inbox(unit);
  }

  /**
   * Which addressees have issued their implementing plans, who is late; and the same one level
   * down.
   */
  @GetMapping("/api/plans/{id}/compliance")
  Directives.Compliance compliance(@PathVariable String id) {
    // Compliance is the issuer's view of its addressees: for the issuer and the units above it.
    access.read(plans.get(id).content().issuerId());
    return directives.compliance(id);
  }
}
