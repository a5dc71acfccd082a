package vn.loa.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.loa.web.platform.Category;
import vn.loa.web.platform.Words;

/**
 * The changes of an audit entry in words: each field by its name, each value as the pages write it
 * — a day as dd/mm/yyyy, a time in Vietnam, yes or no, a unit by its name, a form of communication
 * by its name, a status or role by its label — and cut after {@link #SHOWN} characters. The
 * entity's own id is not repeated among its changes.
 */
final class AuditValues {

  /** The longest a value is shown; the rest is cut with "…". */
  static final int SHOWN = 120;

  private static final Set<String> NOT_SHOWN = Set.of("id");

  /** For a status or role field, the labels it takes by entity. */
  private static final Map<String, String> LABELS =
      Map.of(
          "task.status", "label.taskStatus.",
          "plan.status", "label.planStatus.",
          "report.status", "label.report.",
          "task.role", "label.taskRole.",
          "task.dueKind", "label.dueKind.",
          "plan.type", "label.planType.");

  private final MessageSource messages;
  private final Words words;
  private final Locale locale;
  private final Map<String, String> unitNames;
  private final Map<String, Category> categories;

  AuditValues(
      MessageSource messages,
      Words words,
      Locale locale,
      Map<String, String> unitNames,
      Map<String, Category> categories) {
    this.messages = messages;
    this.words = words;
    this.locale = locale;
    this.unitNames = unitNames;
    this.categories = categories;
  }

  AuditEntry.Shown shown(AuditEntry entry) {
    List<AuditEntry.Change> changes = new ArrayList<>();
    if (entry.changes() != null) {
      entry
          .changes()
          .forEach(
              (field, values) -> {
                if (!NOT_SHOWN.contains(field)) {
                  String labels = LABELS.get(entry.entityType() + "." + field);
                  changes.add(
                      new AuditEntry.Change(
                          messages.getMessage("audit.field." + field, null, field, locale),
                          value(values.isEmpty() ? null : values.getFirst(), labels),
                          value(values.size() < 2 ? null : values.get(1), labels)));
                }
              });
    }
    return new AuditEntry.Shown(entry, changes);
  }

  String value(Object value, String labels) {
    String text = words(value, labels);
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private String words(Object value, String labels) {
    return switch (value) {
      case null -> "—";
      case Boolean b -> messages.getMessage(b ? "audit.yes" : "audit.no", null, locale);
      case Collection<?> c when c.isEmpty() -> "—";
      case Collection<?> c ->
          c.stream().map(v -> words(v, labels)).collect(Collectors.joining(", "));
      case String s -> text(s, labels);
      default -> String.valueOf(value);
    };
  }

  private String text(String s, String labels) {
    if (labels != null) {
      return messages.getMessage(labels + s, null, s, locale);
    }
    if (unitNames.containsKey(s)) {
      return unitNames.get(s);
    }
    if (categories.containsKey(s)) {
      return words.category(categories, s);
    }
    if (s.length() == 10 && s.charAt(4) == '-') {
      try {
        return LocalDate.parse(s).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      } catch (DateTimeParseException notADay) {
        return s;
      }
    }
    if (s.length() > 19 && s.charAt(10) == 'T' && s.endsWith("Z")) {
      try {
        return words.time(Instant.parse(s));
      } catch (DateTimeParseException notAnInstant) {
        return s;
      }
    }
    return s;
  }
}
