package vn.loa.systemtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.testsupport.Http;

/** Units of the demo hierarchy and requests that read like what their officers do. */
final class Demo {

  static final String PROVINCE = "hp";
  static final String DEPARTMENT = "hp-skhcn";
  static final String DEPARTMENT_OFFICE = "hp-skhcn-vp";
  static final String COMMUNE = "hp-kim-thanh";
  static final String COMMUNE_UNIT = "hp-kim-thanh-vhxh";

  private Demo() {}

  /** An activity of the Science and Technology department's office, on {@code day}. */
  static Map<String, Object> portalPosts(int quantity, String day) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", DEPARTMENT_OFFICE);
    body.put("category", "PORTAL_POST");
    body.put("occurredOn", day);
    body.put("title", "Đăng tin CCHC trên Cổng thông tin điện tử Sở");
    body.put("quantity", quantity);
    body.put("evidence", List.of("https://sokhcn.haiphong.gov.vn/cchc"));
    return body;
  }

  /** The quantity total of a unit's subtree for a calendar period, as the city office reads it. */
  static long total(Http gateway, String unit, String period) {
    Http.Response r = gateway.get("/api/statistics/totals?unit=" + unit + "&period=" + period);
    if (r.status() != 200) {
      throw new AssertionError("totals: " + r);
    }
    return r.json().get("total").get("quantity").asLong();
  }
}
