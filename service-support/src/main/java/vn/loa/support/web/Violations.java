package vn.loa.support.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.loa.spreadsheet.SpreadsheetText;

/**
 * Collects every violation of a request before refusing it, so the caller sees all of them at once.
 * Each check returns whether the value passed, so dependent checks can be skipped.
 */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();
  private final List<FieldViolation> rules = new ArrayList<>();

  public boolean required(String field, Object value) {
    boolean present =
        value != null
            && !(value instanceof String s && s.isBlank())
            && !(value instanceof Collection<?> c && c.isEmpty());
    if (!present) {
      add(field, "required");
    }
    return present;
  }

  /**
   * At most {@code max} characters, and text only: every free-text field passes here, so no control
   * character ({@link SpreadsheetText#hasControlCharacters}) is ever stored.
   */
  public boolean maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      add(field, "too-long", max);
      return false;
    }
    if (SpreadsheetText.hasControlCharacters(value)) {
      add(field, "control-characters");
      return false;
    }
    return true;
  }

  /**
   * Not something a spreadsheet would run as a formula ({@link SpreadsheetText#looksLikeFormula}).
   */
  public boolean noFormula(String field, String value) {
    if (SpreadsheetText.looksLikeFormula(value)) {
      add(field, "formula");
      return false;
    }
    return true;
  }

  public boolean range(String field, Long value, long min, long max) {
    if (value != null && (value < min || value > max)) {
      add(field, "range", min, max);
      return false;
    }
    return true;
  }

  public boolean maxSize(String field, Collection<?> values, int max) {
    if (values != null && values.size() > max) {
      add(field, "too-many", max);
      return false;
    }
    return true;
  }

  /** An absolute http(s) URL. */
  public boolean webUrl(String field, String value) {
    if (value == null) {
      return true;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return true;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    add(field, "url");
    return false;
  }

  public void add(String field, String code, Object... args) {
    found.add(FieldViolation.of(field, code, args));
  }

  /**
   * A well-formed value that breaks a rule of the domain (a plan citing a plan that is not its
   * ancestor's, a duty assigned to another unit's office...): {@code 422} unless the request is
   * also malformed.
   */
  public void addRule(String field, String code, Object... args) {
    rules.add(FieldViolation.of(field, code, args));
  }

  /** Everything found so far, malformed fields first. */
  public List<FieldViolation> all() {
    List<FieldViolation> all = new ArrayList<>(found);
    all.addAll(rules);
    return all;
  }

  public boolean isEmpty() {
    return found.isEmpty() && rules.isEmpty();
  }

  /**
   * Refuses the request with every violation found, if there is any: {@code 400} when a field is
   * malformed or missing, {@code 422} when all fields are well-formed but a rule is broken.
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      List<FieldViolation> all = new ArrayList<>(found);
      all.addAll(rules);
      throw Problems.invalid(all);
    }
    if (!rules.isEmpty()) {
      throw Problems.unprocessable(rules);
    }
  }
}
