package vn.loa.plan.orgunit;

import java.util.Set;

/**
 * Levels of the hierarchy and which level each may hang under (docs/domain.md, "The organisation").
 */
public enum OrgUnitType {
  NATION(Set.of()),
  PROVINCE(Set.of("NATION")),
  DEPARTMENT(Set.of("PROVINCE")),
  /**
   * Huyện, quận, thị xã, thành phố thuộc tỉnh: the middle level, abolished on 1/7/2025 (history
   * only).
   */
  DISTRICT(Set.of("PROVINCE")),
  /** Xã, phường, đặc khu (and thị trấn before 1/7/2025, under its district). */
  COMMUNE(Set.of("PROVINCE", "DISTRICT")),
  UNIT(Set.of("DEPARTMENT", "COMMUNE"));

  private final Set<String> parents;

  OrgUnitType(Set<String> parents) {
    this.parents = parents;
  }

  /** Whether a unit of this type may have {@code parent} (null: be a root) as its parent. */
  public boolean mayHangUnder(OrgUnitType parent) {
    if (parent == null) {
      return this == NATION || this == PROVINCE;
    }
    return parents.contains(parent.name());
  }
}
