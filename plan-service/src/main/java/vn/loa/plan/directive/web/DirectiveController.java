package vn.loa.plan.directive.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.plan.directive.Directives;

@RestController
class DirectiveController {

  private final Directives directives;

  DirectiveController(Directives directives) {
    this.directives = directives;
  }

  /** A unit's inbox: the plans it must implement, with its status for each. */
  @GetMapping("/api/directives")
  List<Directives.Directive> inbox(@RequestParam String unit) {
    return directives.inbox(unit);
  }

  /** Which addressees have issued their implementing plans, who is late; and the same one level down. */
  @GetMapping("/api/plans/{id}/compliance")
  Directives.Compliance compliance(@PathVariable String id) {
    return directives.compliance(id);
  }
}
