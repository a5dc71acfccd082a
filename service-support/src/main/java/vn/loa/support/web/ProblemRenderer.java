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
 * Turns a {@link ProblemException} into an RFC 9457 problem detail in the caller's language:
 * Vietnamese by default, English for {@code Accept-Language: en}. Field errors become {@code
 * errors: [{field, code, message}]}.
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
    detail.setTitle(
        message(
            "problem." + problem.kind() + ".title", List.of(), locale, status.getReasonPhrase()));
    String text =
        message("problem." + problem.kind() + ".detail", problem.detailArgs(), locale, null);
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

  /**
   * The message of one violation in {@code locale}, as it appears in a problem's {@code errors}.
   */
  public String fieldMessage(FieldViolation violation, Locale locale) {
    String field = violation.field();
    String bare = field.replaceAll("\\[\\d+]", "");
    String label = message("field." + bare, List.of(), locale, field);
    Object[] args = new Object[violation.args().size() + 1];
    args[0] = label;
    for (int i = 0; i < violation.args().size(); i++) {
      args[i + 1] = violation.args().get(i);
    }
    return message(
        "error." + violation.code(), List.of(args), locale, label + ": " + violation.code());
  }

  private String message(String key, List<Object> args, Locale locale, String fallback) {
    try {
      return messages.getMessage(key, args.stream().map(a -> label(a, locale)).toArray(), locale);
    } catch (NoSuchMessageException e) {
      return fallback;
    }
  }

  /**
   * A code shown to a person in words: an enum argument (a status, a role, a kind) is rendered by
   * its label {@code label.<Type>.<NAME>} of the service's bundle ({@code <Outer>.<Type>} for a
   * nested one) ("đã ban hành" for {@code PlanStatus.ISSUED}), so no message carries a raw code; a
   * {@link Problems.Noun} by {@code noun.<key>}; the values a field accepts ({@link Choices}) are
   * each shown by their label with the value beside it; an enum without a label shows its name,
   * anything else as it is.
   */
  private Object label(Object arg, Locale locale) {
    if (arg instanceof Problems.Noun noun) {
      return messages.getMessage("noun." + noun.key(), null, noun.key(), locale);
    }
    if (arg instanceof Choices choices) {
      return String.join(
          ", ",
          choices.values().stream()
              .map(
                  v -> {
                    String words =
                        messages.getMessage(
                            "label." + choices.kind() + "." + v, null, null, locale);
                    return words == null ? v : words + " (" + v + ")";
                  })
              .toList());
    }
    if (arg instanceof Enum<?> code) {
      Class<?> type = code.getDeclaringClass();
      String typeName =
          type.getEnclosingClass() == null
              ? type.getSimpleName()
              : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
      String key = "label." + typeName + "." + code.name();
      return messages.getMessage(key, null, code.name(), locale);
    }
    return arg;
  }
}
