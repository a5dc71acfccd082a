package vn.loa.web.platform;

/** A unit as {@code GET /api/org-units/{id}} describes it, with what the pages show of it. */
public record OrgUnit(String id, String code, String name, String type, String parentId) {

  /** A commune, ward or special zone, or a department: a unit whose own units report to it. */
  public boolean hasUnits() {
    return "COMMUNE".equals(type) || "DEPARTMENT".equals(type) || "PROVINCE".equals(type);
  }
}
