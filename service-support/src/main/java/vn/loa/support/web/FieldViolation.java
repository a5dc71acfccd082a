package vn.loa.support.web;

import java.util.List;

/**
 * One thing wrong with one field of a request.
 *
 * @param field the JSON path or parameter name, e.g. {@code quantity} or {@code evidence[2]}
 * @param code a stable machine-readable reason, e.g. {@code range}; the message key is {@code
 *     error.<code>}
 * @param args values the message quotes (limits, the offending value)
 */
public record FieldViolation(String field, String code, List<Object> args) {

  public FieldViolation {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static FieldViolation of(String field, String code, Object... args) {
    return new FieldViolation(field, code, List.of(args));
  }
}
