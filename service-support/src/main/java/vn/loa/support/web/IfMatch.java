package vn.loa.support.web;

/**
 * Reads the version a client sends in {@code If-Match}. Loa's ETags are the aggregate version in
 * quotes ({@code "3"}); a weak tag ({@code W/"3"}) or a bare number is accepted too.
 */
public final class IfMatch {

  private IfMatch() {}

  /** The version, or {@code null} when the header is absent. */
  public static Long optional(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long version = Long.parseLong(tag);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Problems.invalid("If-Match", "type");
  }

  /** The version; an update without one is refused with {@code 428}. */
  public static long required(String header) {
    Long version = optional(header);
    if (version == null) {
      throw Problems.versionRequired();
    }
    return version;
  }

  /** The ETag of a version. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}
