package vn.loa.support.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns a {@link ProblemException} into an RFC 9457 problem detail in the caller's language: Vietnamese
 * by default, English for {@code Accept-Language: en}. Field errors become {@code errors: [{field, code,
 * message}]}.
 */
public final class ProblemRenderer {

  public static final String TYPE_PREFIX = "urn:loa:problem:";

  private final MessageSource messages;

  public ProblemRenderer(MessageSource messages) {
    this.messages = messages;
  }

  public ProblemDetail render(ProblemException problem, Locale locale) {
    HttpStatus status = problem.status();
    ProblemDetail detail = ProblemDetail.forStatus(status);
    detail.setType(URI.create(TYPE_PREFIX + problem.kind()));
    detail.setTitle(message("problem." + problem.kind() + ".title", List.of(), locale, status.getReasonPhrase()));
    String text = message("problem." + problem.kind() + ".detail", problem.detailArgs(), locale, null);
    if (text != null) {
      detail.setDetail(text);
    }
    if (!problem.violations().isEmpty()) {
      detail.setProperty(
          "errors",
          problem.violations().stream()
              .map(
                  v ->
                      Map.of(
                          "field", v.field(),
                          "code", v.code(),
                          "message", fieldMessage(v, locale)))
              .toList());
    }
    return detail;
  }

  /** The message of one violation in {@code locale}, as it appears in a problem's {@code errors}. */
  public String fieldMessage(FieldViolation violation, Locale locale) {
    String field = violation.field();
    String bare = field.replaceAll("\\[\\d+]", "");
    String label = message("field." + bare, List.of(), locale, field);
    Object[] args = new Object[violation.args().size() + 1];
    args[0] = label;
    for (int i = 0; i < violation.args().size(); i++) {
      args[i + 1] = violation.args().get(i);
    }
    return message("error." + violation.code(), List.of(args), locale, label + ": " + violation.code());
  }

  private String message(String key, List<Object> args, Locale locale, String fallback) {
    try {
      return messages.getMessage(key, args.toArray(), locale);
    } catch (NoSuchMessageException e) {
      return fallback;
    }
  }
}
