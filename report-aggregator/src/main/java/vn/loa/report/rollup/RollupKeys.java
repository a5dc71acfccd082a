package vn.loa.report.rollup;

import java.util.regex.Pattern;

/** Names inside the {@code rollups} collection. */
final class RollupKeys {

  static final String COLLECTION = "rollups";

  /** Category codes become field names: only this shape can never be an operator or a path. */
  static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private RollupKeys() {}

  /** The document of one unit's subtree totals for one year. */
  static String documentId(String unitId, int year) {
    return unitId + "|" + year;
  }

  /** The field holding the high-water offset applied from one partition of the activity topic. */
  static String highWater(int partition) {
    return "hw.p" + partition;
  }

  static String figure(String category, String half, String measure) {
    return "c." + category + "." + half + "." + measure;
  }
}
