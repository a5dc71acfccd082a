package vn.loa.web.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * The units a person works with on the pages: their own and, for a commune or a department, its own
 * units.
 */
@Component
public class Units {

  private final LoaApi api;

  Units(LoaApi api) {
    this.api = api;
  }

  /**
   * {@code own} (the frame's unit) followed by its own units when it is a commune or department.
   */
  public List<OrgUnit> ownAndChildren(OrgUnit own) {
    List<OrgUnit> units = new ArrayList<>();
    units.add(own);
    if (own.hasUnits() && !"PROVINCE".equals(own.type())) {
      units.addAll(
          api.list(
              new ParameterizedTypeReference<List<OrgUnit>>() {},
              "/api/org-units?parent={id}",
              own.id()));
    }
    return units;
  }
}
