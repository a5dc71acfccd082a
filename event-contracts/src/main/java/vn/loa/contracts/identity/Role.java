package vn.loa.contracts.identity;

/**
 * What a signed-in person or a client may do, always bound to one unit (the token's {@code
 * loa_unit}): the unit's whole subtree is its scope. docs/security.md has the full table of rights.
 */
public enum Role {
  /**
   * Văn phòng UBND thành phố — administers the city: hierarchy, reference data, rebuilds, audit.
   */
  CITY_ADMIN,
  /** Lãnh đạo/chuyên viên theo dõi — reads everything in the city, changes nothing. */
  CITY_VIEWER,
  /** Cán bộ sở, ban, ngành. */
  DEPARTMENT_OFFICER,
  /** Cán bộ UBND xã, phường, đặc khu. */
  COMMUNE_OFFICER,
  /** Cán bộ phòng, ban, đơn vị trực thuộc. */
  UNIT_OFFICER,
  /**
   * An integrating system (client credentials), bound to one unit: records and reads, never
   * approves.
   */
  INTEGRATOR,
  /**
   * Cơ quan tổng hợp — granted besides its own role to the officials of a department that compiles
   * a province-wide report (Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch: seed 003 sends reports to
   * them, seed 004 is the province's report): reads the statistics of the whole province it belongs
   * to; changes nothing beyond what its other role allows.
   */
  COORDINATOR;

  /** Whether the role may change anything at all. */
  public boolean writes() {
    return this != CITY_VIEWER && this != COORDINATOR;
  }

  /**
   * Whether the role acts for its unit as an official (issues its plans, approves its children's
   * reports).
   */
  public boolean official() {
    return this != CITY_VIEWER && this != INTEGRATOR && this != COORDINATOR;
  }

  /** The role named {@code name}, or {@code null} for a name this version does not know. */
  public static Role parse(String name) {
    for (Role r : values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
