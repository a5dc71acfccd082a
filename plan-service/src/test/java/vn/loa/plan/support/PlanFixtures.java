package vn.loa.plan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.loa.testsupport.Http;
import vn.loa.testsupport.TestIdentity;

/**
 * A fresh little country for each test, created through the API: a province with two departments
 * and two communes, each with an office; and plan bodies that read like the seed plans.
 */
public final class PlanFixtures {

  /** The test's client: the city administrator of this little country. */
  public final Http http;

  private final Http anonymous;
  public final String s = UUID.randomUUID().toString().substring(0, 8);
  public final String province = "tp-" + s;
  public final String department = "so-" + s;
  public final String otherDepartment = "so2-" + s;
  public final String commune = "xa-" + s;
  public final String otherCommune = "xa2-" + s;
  public final String departmentOffice = department + "-vp";
  public final String communeOffice = commune + "-vp";
  public final String communeCulture = commune + "-vhxh";

  public PlanFixtures(Http anonymous) {
    this.anonymous = anonymous;
    this.http = anonymous.as(TestIdentity.token("CITY_ADMIN", province));
    unit(province, "PROVINCE", null, "Thành phố thử nghiệm " + s);
    unit(department, "DEPARTMENT", province, "Sở Khoa học và Công nghệ " + s);
    unit(otherDepartment, "DEPARTMENT", province, "Sở Ngoại vụ " + s);
    unit(commune, "COMMUNE", province, "Xã Kim Thành " + s);
    unit(otherCommune, "COMMUNE", province, "Xã mẫu " + s);
    unit(departmentOffice, "UNIT", department, "Văn phòng Sở " + s);
    unit(communeOffice, "UNIT", commune, "Văn phòng HĐND và UBND xã " + s);
    unit(communeCulture, "UNIT", commune, "Phòng Văn hóa – Xã hội xã " + s);
  }

  public void unit(String id, String type, String parent, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("code", id.toUpperCase());
    body.put("name", name);
    body.put("type", type);
    body.put("parentId", parent);
    body.put("validFrom", "2020-01-01");
    Http.Response r = http.post("/api/org-units", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  /**
   * A complete plan body of {@code issuer}, issued on 31/7/2025, covering the second half of 2025.
   */
  public static Map<String, Object> plan(String issuer, String title) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", "58/KH-" + issuer);
    p.put("type", "KE_HOACH");
    p.put("issuerId", issuer);
    p.put("issuedOn", "2025-07-31");
    p.put("place", "Hải Phòng");
    p.put("title", title);
    p.put("coverage", Map.of("from", "2025-07-01", "to", "2025-12-31"));
    p.put("basis", new ArrayList<>());
    p.put("purposes", List.of("Tăng cường tuyên truyền, phổ biến về CCHC."));
    p.put("requirements", List.of("Thực hiện thường xuyên, liên tục."));
    p.put(
        "contentItems",
        List.of(Map.of("label", "a)", "text", "Tuyên truyền chủ trương của Đảng về CCHC.")));
    p.put(
        "forms",
        List.of(Map.of("text", "Tin, bài trên Cổng TTĐT", "categories", List.of("PORTAL_POST"))));
    p.put("assignments", new ArrayList<>());
    p.put(
        "reporting",
        Map.of(
            "windows", List.of("QUARTERLY", "HALF_YEARLY", "YEARLY"),
            "deadlineRule", Map.of("kind", "BEFORE_DAY_OF_LAST_MONTH", "day", 20),
            "recipients", List.of("Văn phòng UBND thành phố", "Sở Nội vụ")));
    p.put("targets", List.of(Map.of("indicator", "TTHC trực tuyến", "value", "100%")));
    p.put("budgetSource", "Kinh phí thường xuyên");
    p.put("addressees", new ArrayList<>());
    p.put("recipients", List.of("Như trên;", "Lưu: VT."));
    p.put(
        "signer",
        Map.of("authority", "KT. GIÁM ĐỐC", "title", "PHÓ GIÁM ĐỐC", "name", "Nguyễn Văn A"));
    p.put("appendix", new ArrayList<>());
    return p;
  }

  public static Map<String, Object> assignment(String unit, String role) {
    return Map.of(
        "unitId",
        unit,
        "role",
        role,
        "duties",
        List.of("Đăng tải tin, bài CCHC"),
        "due",
        Map.of("kind", "CONTINUOUS"));
  }

  public static Map<String, Object> citing(String planId) {
    return Map.of("planId", planId, "citation", "Kế hoạch " + planId);
  }

  /** A client signed in as an official of {@code unit}: only they draft and issue its plans. */
  public Http official(String unit) {
    String role =
        unit.equals(province)
            ? "CITY_ADMIN"
            : unit.startsWith("so")
                ? "DEPARTMENT_OFFICER"
                : unit.equals(commune) || unit.equals(otherCommune)
                    ? "COMMUNE_OFFICER"
                    : "UNIT_OFFICER";
    return anonymous.as(TestIdentity.token(role, unit));
  }

  /** A new draft, posted by an official of its issuer. */
  public Http.Response draft(Map<String, Object> plan, String... headers) {
    return official(String.valueOf(plan.get("issuerId"))).post("/api/plans", plan, headers);
  }

  /** A client signed in as an official of the issuer of plan {@code id}. */
  public Http issuerOf(String id) {
    return official(http.get("/api/plans/" + id).json().get("issuerId").asString());
  }

  /** Drafts and issues a plan as its issuer's official; returns its id. */
  public String issue(Map<String, Object> plan) {
    Http.Response draft = draft(plan);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    String id = draft.json().get("id").asString();
    Http.Response issued =
        official(String.valueOf(plan.get("issuerId"))).post("/api/plans/" + id + "/issue", null);
    assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
    return id;
  }
}
