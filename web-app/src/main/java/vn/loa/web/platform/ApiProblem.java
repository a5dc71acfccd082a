package vn.loa.web.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the API refused, as its RFC 9457 problem said: the status, the title and detail in the
 * page's language, and the message of each field it named, which the form shows beside that field.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final String detail;
  private final Map<String, String> fieldErrors;

  public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
    super(status + " " + title + (detail == null ? "" : ": " + detail));
    this.status = status;
    this.title = title;
    this.detail = detail;
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError e : errors) {
      byField.merge(e.field(), e.message(), (a, b) -> a + " " + b);
    }
    this.fieldErrors = Map.copyOf(byField);
  }

  /** One field the API refused and why, in the page's language. */
  public record FieldError(String field, String message) {}

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  /**
   * Whether a page shows this refusal with the form that was sent: the request was wrong (a field,
   * a rule, a stale version), not the person's access nor the system, which have pages of their
   * own.
   */
  public boolean aboutTheInput() {
    return status < 500 && status != 401 && status != 403;
  }

  /**
   * {@link #aboutTheInput()} for a change to an existing resource, where a {@code 404} means the
   * resource itself is gone: the page for that, not the form.
   */
  public boolean aboutTheInputToAnExisting() {
    return aboutTheInput() && status != 404;
  }

  /** The message for each refused field, by the API's field name ({@code quantity}). */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
