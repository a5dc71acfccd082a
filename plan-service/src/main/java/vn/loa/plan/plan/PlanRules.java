package vn.loa.plan.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanContent.Assignment;
import vn.loa.contracts.plan.PlanContent.Citation;
import vn.loa.contracts.plan.PlanContent.Due;
import vn.loa.plan.orgunit.OrgUnit;
import vn.loa.plan.orgunit.OrgUnits;
import vn.loa.support.web.Choices;
import vn.loa.support.web.Violations;

/**
 * What a plan must satisfy: to be saved as a draft (well-formed, its references admissible) and, in
 * addition, to be issued (the identity of a formal document complete). Broken references are rule
 * violations (422): a plan may cite only plans of its issuer or the issuer's ancestors; duties and
 * directives go only to the issuer's own units (for a province: its departments and communes).
 */
@Component
class PlanRules {

  static final List<String> TYPES = List.of("KE_HOACH", "QUYET_DINH");
  static final List<String> ROLES = List.of("LEAD", "COOPERATING");
  static final List<String> DUE_KINDS = List.of("DATE", "RECURRING", "CONTINUOUS");
  static final List<String> RECURRENCES = List.of("MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY");
  static final List<String> WINDOWS =
      List.of("MONTHLY", "QUARTERLY", "HALF_YEARLY", "NINE_MONTHS", "YEARLY", "AD_HOC");
  static final List<String> OWED_BY = List.of("ADDRESSEES", "ISSUER", "ASSIGNED");
  static final List<String> DEADLINE_KINDS =
      List.of("BEFORE_DAY_OF_LAST_MONTH", "BY_DAY_OF_LAST_MONTH", "WORKING_DAYS_AFTER_CUTOFF");
  static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** A code of the statistics table's indicators: "1.2", "2", "1.5.1". */
  static final Pattern INDICATOR_CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}");

  static final long MAX_TARGET_QUANTITY = 1_000_000_000L;
  static final int MAX_TEXT = 5_000;
  static final int MAX_ITEMS = 200;

  private final OrgUnits units;

  PlanRules(OrgUnits units) {
    this.units = units;
  }

  /**
   * Checks a draft's content; {@code plans} finds other plans by id, {@code self} is this plan's
   * id.
   */
  void checkDraft(PlanContent c, String self, Function<String, Plan> plans, Violations v) {
    if (v.required("type", c.type()) && !TYPES.contains(c.type())) {
      v.add("type", "one-of", Choices.of("PlanType", TYPES));
    }
    v.maxLength("number", c.number(), 100);
    v.maxLength("place", c.place(), 200);
    if (v.required("title", c.title())) {
      v.maxLength("title", c.title(), 1_000);
    }
    OrgUnit issuer = null;
    if (v.required("issuerId", c.issuerId())) {
      issuer = units.find(c.issuerId()).orElse(null);
      if (issuer == null) {
        v.add("issuerId", "unknown-unit", c.issuerId());
      }
    }
    if (c.coverage() != null
        && c.coverage().from() != null
        && c.coverage().to() != null
        && c.coverage().to().isBefore(c.coverage().from())) {
      v.add("coverage.to", "before-from");
    }
    if (c.issuedOn() != null
        && c.implementationDeadline() != null
        && c.implementationDeadline().isBefore(c.issuedOn())) {
      v.add("implementationDeadline", "before-issued");
    }
    texts("purposes", c.purposes(), v);
    texts("requirements", c.requirements(), v);
    texts("recipients", c.recipients(), v);
    checkBasis(c, self, issuer, plans, v);
    checkContent(c, v);
    checkAssignments(c, issuer, v);
    checkReporting(c, v);
  }

  /**
   * The identity a formal document must have before it is issued (or amended), as of {@code today}.
   */
  void checkIssuable(PlanContent c, LocalDate today, Violations v) {
    v.required("number", c.number());
    v.required("place", c.place());
    if (v.required("issuedOn", c.issuedOn()) && c.issuedOn().isAfter(today)) {
      v.add("issuedOn", "future-date");
    }
    if (v.required("coverage", c.coverage())) {
      v.required("coverage.from", c.coverage().from());
      v.required("coverage.to", c.coverage().to());
    }
  }

  private void checkBasis(
      PlanContent c, String self, OrgUnit issuer, Function<String, Plan> plans, Violations v) {
    if (!v.maxSize("basis", c.basis(), MAX_ITEMS)) {
      return;
    }
    for (int i = 0; i < c.basis().size(); i++) {
      Citation basis = c.basis().get(i);
      String field = "basis[" + i + "]";
      if (basis == null || !v.required(field + ".citation", basis.citation())) {
        continue;
      }
      v.maxLength(field + ".citation", basis.citation(), MAX_TEXT);
      if (basis.planId() == null) {
        continue;
      }
      Plan cited = basis.planId().equals(self) ? null : plans.apply(basis.planId());
      if (cited == null) {
        v.addRule(field + ".planId", "unknown-plan", basis.planId());
      } else if (cited.status() != PlanStatus.ISSUED) {
        v.addRule(field + ".planId", "plan-not-in-force", basis.planId());
      } else if (issuer != null
          && !units.isAncestorOrSelf(cited.content().issuerId(), issuer.id())) {
        v.addRule(field + ".planId", "not-ancestor-plan", basis.planId());
      }
    }
  }

  private static void checkContent(PlanContent c, Violations v) {
    if (v.maxSize("contentItems", c.contentItems(), MAX_ITEMS)) {
      for (int i = 0; i < c.contentItems().size(); i++) {
        var item = c.contentItems().get(i);
        String field = "contentItems[" + i + "]";
        if (item != null && v.required(field + ".text", item.text())) {
          v.maxLength(field + ".text", item.text(), MAX_TEXT);
        }
      }
    }
    if (v.maxSize("forms", c.forms(), MAX_ITEMS)) {
      for (int i = 0; i < c.forms().size(); i++) {
        var form = c.forms().get(i);
        String field = "forms[" + i + "]";
        if (form == null || !v.required(field + ".text", form.text())) {
          continue;
        }
        v.maxLength(field + ".text", form.text(), MAX_TEXT);
        for (int k = 0; k < form.categories().size(); k++) {
          String category = form.categories().get(k);
          if (category == null || !CATEGORY.matcher(category).matches()) {
            v.add(field + ".categories[" + k + "]", "category-code");
          }
        }
      }
    }
    if (v.maxSize("targets", c.targets(), MAX_ITEMS)) {
      for (int i = 0; i < c.targets().size(); i++) {
        var target = c.targets().get(i);
        if (target != null) {
          v.required("targets[" + i + "].indicator", target.indicator());
          v.required("targets[" + i + "].value", target.value());
          if (target.indicatorCode() != null
              && !INDICATOR_CODE.matcher(target.indicatorCode()).matches()) {
            v.add("targets[" + i + "].indicatorCode", "indicator-code");
          }
          if (target.quantity() != null) {
            v.range("targets[" + i + "].quantity", target.quantity(), 0, MAX_TARGET_QUANTITY);
            if (target.indicatorCode() == null) {
              v.add("targets[" + i + "].indicatorCode", "indicator-for-quantity");
            }
          }
        }
      }
    }
  }

  private void checkAssignments(PlanContent c, OrgUnit issuer, Violations v) {
    if (v.maxSize("assignments", c.assignments(), MAX_ITEMS)) {
      for (int i = 0; i < c.assignments().size(); i++) {
        Assignment a = c.assignments().get(i);
        String field = "assignments[" + i + "]";
        if (a == null) {
          v.add(field, "required");
          continue;
        }
        ownUnit(field + ".unitId", a.unitId(), issuer, c.issuedOn(), v);
        if (v.required(field + ".role", a.role()) && !ROLES.contains(a.role())) {
          v.add(field + ".role", "one-of", Choices.of("AssignmentRole", ROLES));
        }
        if (v.required(field + ".duties", a.duties())) {
          texts(field + ".duties", a.duties(), v);
        }
        due(field + ".due", a.due(), true, v);
      }
    }
    if (v.maxSize("addressees", c.addressees(), 5_000)) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < c.addressees().size(); i++) {
        String field = "addressees[" + i + "]";
        String unit = c.addressees().get(i);
        if (unit != null && !seen.add(unit)) {
          v.add(field, "duplicate-unit", unit);
        } else {
          ownUnit(field, unit, issuer, c.issuedOn(), v);
        }
      }
    }
    if (v.maxSize("appendix", c.appendix(), MAX_ITEMS)) {
      for (int i = 0; i < c.appendix().size(); i++) {
        var task = c.appendix().get(i);
        String field = "appendix[" + i + "]";
        if (task == null || !v.required(field + ".task", task.task())) {
          continue;
        }
        if (task.leadUnitId() != null) {
          ownUnit(field + ".leadUnitId", task.leadUnitId(), issuer, c.issuedOn(), v);
        }
        for (int k = 0; k < task.cooperatingUnitIds().size(); k++) {
          ownUnit(
              field + ".cooperatingUnitIds[" + k + "]",
              task.cooperatingUnitIds().get(k),
              issuer,
              c.issuedOn(),
              v);
        }
        due(field + ".due", task.due(), false, v);
      }
    }
  }

  /**
   * A unit the issuer may direct: one of its own direct units (a province's departments and
   * communes).
   */
  /**
   * A unit a plan directs (duty, addressee, appendix task): one of the issuer's own, existing on
   * the day the plan is issued — a unit that ended (a district, a commune merged on 1/7/2025) is
   * directed no more.
   */
  private void ownUnit(String field, String unitId, OrgUnit issuer, LocalDate on, Violations v) {
    if (!v.required(field, unitId)) {
      return;
    }
    OrgUnit unit = units.find(unitId).orElse(null);
    if (unit == null) {
      v.addRule(field, "unknown-unit", unitId);
    } else if (issuer != null && !issuer.id().equals(unit.parentId())) {
      v.addRule(field, "not-own-unit", unitId, issuer.id());
    } else if (on != null && unit.validTo() != null && unit.validTo().isBefore(on)) {
      v.addRule(field, "inactive-unit", unitId, on);
    }
  }

  private static void due(String field, Due due, boolean required, Violations v) {
    if (due == null) {
      if (required) {
        v.add(field, "required");
      }
      return;
    }
    if (!v.required(field + ".kind", due.kind())) {
      return;
    }
    switch (due.kind()) {
      case "DATE" -> v.required(field + ".date", due.date());
      case "RECURRING" -> {
        if (v.required(field + ".every", due.every()) && !RECURRENCES.contains(due.every())) {
          v.add(field + ".every", "one-of", Choices.of("Recurrence", RECURRENCES));
        }
      }
      case "CONTINUOUS" -> {}
      default -> v.add(field + ".kind", "one-of", Choices.of("DueKind", DUE_KINDS));
    }
  }

  private void checkReporting(PlanContent c, Violations v) {
    if (c.reporting() == null) {
      return;
    }
    List<String> windows = c.reporting().windows();
    for (int i = 0; i < windows.size(); i++) {
      if (!WINDOWS.contains(windows.get(i))) {
        v.add("reporting.windows[" + i + "]", "one-of", Choices.of("ReportWindow", WINDOWS));
      }
    }
    texts("reporting.recipients", c.reporting().recipients(), v);
    List<String> receivers = c.reporting().receiverIds();
    if (v.maxSize("reporting.receiverIds", receivers, MAX_ITEMS)) {
      for (int i = 0; i < receivers.size(); i++) {
        String field = "reporting.receiverIds[" + i + "]";
        if (v.required(field, receivers.get(i)) && units.find(receivers.get(i)).isEmpty()) {
          v.add(field, "unknown-unit", receivers.get(i));
        }
      }
    }
    List<String> owedBy = c.reporting().owedBy();
    for (int i = 0; i < owedBy.size(); i++) {
      if (!OWED_BY.contains(owedBy.get(i))) {
        v.add("reporting.owedBy[" + i + "]", "one-of", Choices.of("OwedBy", OWED_BY));
      }
    }
    var rule = c.reporting().deadlineRule();
    if (rule == null || !v.required("reporting.deadlineRule.kind", rule.kind())) {
      return;
    }
    v.maxLength("reporting.deadlineRule.wording", rule.wording(), MAX_TEXT);
    if ("BEFORE_DAY_OF_LAST_MONTH".equals(rule.kind())
        || "BY_DAY_OF_LAST_MONTH".equals(rule.kind())) {
      if (v.required("reporting.deadlineRule.day", rule.day())) {
        v.range("reporting.deadlineRule.day", rule.day().longValue(), 1, 31);
      }
    } else if ("WORKING_DAYS_AFTER_CUTOFF".equals(rule.kind())) {
      if (v.required("reporting.deadlineRule.days", rule.days())) {
        v.range("reporting.deadlineRule.days", rule.days().longValue(), 1, 60);
      }
    } else {
      v.add("reporting.deadlineRule.kind", "one-of", Choices.of("DeadlineKind", DEADLINE_KINDS));
    }
  }

  private static void texts(String field, List<String> values, Violations v) {
    if (!v.maxSize(field, values, MAX_ITEMS)) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (v.required(field + "[" + i + "]", values.get(i))) {
        v.maxLength(field + "[" + i + "]", values.get(i), MAX_TEXT);
      }
    }
  }
}
