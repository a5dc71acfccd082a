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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.loa.web.platform.Category;
import vn.loa.web.platform.Words;

/**
 * The changes of an audit entry in words: each field by its name, each value as the pages write it
 * — a day as dd/mm/yyyy, a time in Vietnam, a number grouped the Vietnamese way (2.500), yes or no,
 * a unit by its name (a long list of units by its first {@link #UNITS_NAMED} and how many more), a
 * form of communication by its name, a status, role or kind by its label, a nested part (an
 * assignment of a plan, a report's narrative) as its fields by name in brackets — shown cut after
 * {@link AuditEntry.Value#SHOWN} characters, in full (up to {@link #FULL}) when the person opens
 * it. The entity's own id and the ids of stored files are not shown.
 */
final class AuditValues {

  /** The longest a value is kept even in full; a page stays bounded. */
  static final int FULL = 2_000;

  /** How many units of a list are named; the rest are counted. */
  static final int UNITS_NAMED = 3;

  private static final Set<String> NOT_SHOWN = Set.of("id");

  /** Inside a nested part: ids of files and of cited plans, a file's type and size. */
  private static final Set<String> NOT_SHOWN_NESTED =
      Set.of("id", "fileId", "contentType", "size", "planId");

  /** Fields whose values are units, shown by their names. */
  static final Set<String> UNIT_FIELDS =
      Set.of(
          "unitId",
          "parentId",
          "issuerId",
          "successorId",
          "leadUnitId",
          "cooperatingUnitIds",
          "receiverIds",
          "addressees");

  /**
   * For a field holding a code, the labels it takes: by entity and field at the top, by the
   * enclosing field and field inside a nested part.
   */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("task.status", "label.taskStatus."),
          Map.entry("plan.status", "label.planStatus."),
          Map.entry("report.status", "label.report."),
          Map.entry("task.role", "label.taskRole."),
          Map.entry("task.dueKind", "label.dueKind."),
          Map.entry("plan.type", "label.planType."),
          Map.entry("assignments.role", "label.taskRole."),
          Map.entry("due.kind", "label.dueKind."),
          Map.entry("due.every", "label.every."),
          Map.entry("reporting.windows", "label.windowKind."),
          Map.entry("reporting.owedBy", "label.owedBy."),
          Map.entry("deadlineRule.kind", "label.deadlineKind."));

  private final MessageSource messages;
  private final Words words;
  private final Locale locale;
  private final UnaryOperator<String> unitName;
  private final UnaryOperator<String> planName;
  private final Map<String, Category> categories;

  /**
   * @param unitName a unit's name by its id, or the id where it has none
   * @param planName a plan's number and title by its id, or the id where it has none
   */
  AuditValues(
      MessageSource messages,
      Words words,
      Locale locale,
      UnaryOperator<String> unitName,
      UnaryOperator<String> planName,
      Map<String, Category> categories) {
    this.messages = messages;
    this.words = words;
    this.locale = locale;
    this.unitName = unitName;
    this.planName = planName;
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
                  String context = entry.entityType() + "." + field;
                  AuditEntry.Value before =
                      value(values.isEmpty() ? null : values.getFirst(), field, context);
                  AuditEntry.Value after =
                      value(values.size() < 2 ? null : values.get(1), field, context);
                  // Nothing to a person: none before and an empty list after.
                  if (!before.equals(after)) {
                    changes.add(new AuditEntry.Change(field(field), before, after));
                  }
                }
              });
    }
    return new AuditEntry.Shown(entry, changes);
  }

  AuditEntry.Value value(Object value, String field, String context) {
    String text = words(value, field, LABELS.get(context));
    return new AuditEntry.Value(text.length() <= FULL ? text : text.substring(0, FULL) + "…");
  }

  private String field(String field) {
    if (categories.containsKey(field)) {
      return words.category(categories, field);
    }
    return messages.getMessage("audit.field." + field, null, field, locale);
  }

  private String words(Object value, String field, String labels) {
    return switch (value) {
      case null -> "—";
      case Boolean b -> messages.getMessage(b ? "audit.yes" : "audit.no", null, locale);
      case Collection<?> c when c.isEmpty() -> "—";
      case Collection<?> c when UNIT_FIELDS.contains(field) && c.size() > UNITS_NAMED ->
          c.stream()
                  .limit(UNITS_NAMED)
                  .map(v -> words(v, field, labels))
                  .collect(Collectors.joining(", "))
              + " "
              + messages.getMessage(
                  "audit.moreUnits", new Object[] {c.size() - UNITS_NAMED}, locale);
      case Collection<?> c ->
          c.stream().map(v -> words(v, field, labels)).collect(Collectors.joining(", "));
      case Map<?, ?> m -> "(" + part(m, field) + ")";
      case Long n -> String.format(Locale.GERMANY, "%,d", n);
      case Integer n -> String.format(Locale.GERMANY, "%,d", n);
      case String s when UNIT_FIELDS.contains(field) -> unitName.apply(s);
      case String s when "planId".equals(field) -> planName.apply(s);
      case String s -> text(s, labels);
      default -> String.valueOf(value);
    };
  }

  /** A nested part: "Đơn vị: Sở Tư pháp; Vai trò: chủ trì; …", its empty fields left out. */
  private String part(Map<?, ?> part, String enclosing) {
    List<String> shown = new ArrayList<>();
    part.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          if (!NOT_SHOWN_NESTED.contains(key) && v != null) {
            shown.add(field(key) + ": " + words(v, key, LABELS.get(enclosing + "." + key)));
          }
        });
    return String.join("; ", shown);
  }

  private String text(String s, String labels) {
    if (labels != null) {
      return messages.getMessage(labels + s, null, s, locale);
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
