package vn.loa.task.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.loa.support.web.Violations;
import vn.loa.task.category.Categories;
import vn.loa.task.category.Category;
import vn.loa.task.orgunit.OrgUnitDirectory;
import vn.loa.task.orgunit.OrgUnitReplica;
import vn.loa.task.plan.PlanReplica;
import vn.loa.task.plan.PlanReplicas;
import vn.loa.task.task.Task;
import vn.loa.task.task.TaskStatus;
import vn.loa.task.task.Tasks;

/**
 * What makes an activity acceptable. Every violation is reported at once, by field; nothing is
 * stored when there is any. The limits are recorded in docs/adr/0006-activity-input-limits.md.
 */
@Component
class ActivityRules {

  /**
   * No activity before the reporting history this system holds (the 2021–2025 report, seed 004).
   */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** One activity is one piece of work: 100,000 leaflets or broadcasts is already a campaign. */
  static final long MAX_QUANTITY = 100_000;

  /** People reached: an online contest can draw a city's population, not more than a nation's. */
  static final long MAX_PARTICIPANTS = 10_000_000;

  static final int MAX_TITLE = 500;
  static final int MAX_OUTLET = 200;
  static final int MAX_REFERENCE = 100;
  static final int MAX_EVIDENCE = 20;
  static final int MAX_URL = 2_000;
  static final int MAX_COOPERATING = 50;

  private final OrgUnitDirectory units;
  private final Categories categories;
  private final PlanReplicas plans;
  private final Tasks tasks;

  ActivityRules(OrgUnitDirectory units, Categories categories, PlanReplicas plans, Tasks tasks) {
    this.units = units;
    this.categories = categories;
    this.plans = plans;
    this.tasks = tasks;
  }

  /** Where the rules look units, categories, plans and tasks up. */
  interface Lookup {
    Optional<OrgUnitReplica> unit(String id);

    Optional<Category> category(String code);

    Optional<PlanReplica> plan(String id);

    Optional<Task> task(String id);

    /** The same answers, each looked up once: for checking thousands of imported rows. */
    default Lookup cached() {
      Lookup base = this;
      Map<String, Optional<OrgUnitReplica>> units = new HashMap<>();
      Map<String, Optional<Category>> categories = new HashMap<>();
      Map<String, Optional<PlanReplica>> plans = new HashMap<>();
      Map<String, Optional<Task>> tasks = new HashMap<>();
      return new Lookup() {
        public Optional<OrgUnitReplica> unit(String id) {
          return units.computeIfAbsent(id, base::unit);
        }

        public Optional<Category> category(String code) {
          return categories.computeIfAbsent(code, base::category);
        }

        public Optional<PlanReplica> plan(String id) {
          return plans.computeIfAbsent(id, base::plan);
        }

        public Optional<Task> task(String id) {
          return tasks.computeIfAbsent(id, base::task);
        }
      };
    }
  }

  /** Looks everything up in the store, every time. */
  Lookup lookup() {
    return new Lookup() {
      public Optional<OrgUnitReplica> unit(String id) {
        return units.find(id);
      }

      public Optional<Category> category(String code) {
        return categories.find(code);
      }

      public Optional<PlanReplica> plan(String id) {
        return plans.find(id);
      }

      public Optional<Task> task(String id) {
        return tasks.find(id);
      }
    };
  }

  /** Checks content for a new record, or a correction, as of {@code today}. */
  void check(ActivityContent c, LocalDate today, Violations v) {
    check(c, today, v, lookup());
  }

  void check(ActivityContent c, LocalDate today, Violations v, Lookup lookup) {
    LocalDate day = c.occurredOn();
    if (v.required("occurredOn", day)) {
      if (day.isAfter(today)) {
        v.add("occurredOn", "future-date");
      } else if (day.isBefore(EARLIEST)) {
        v.add("occurredOn", "too-early", EARLIEST);
      }
    }
    if (v.required("unitId", c.unitId())) {
      OrgUnitReplica unit = lookup.unit(c.unitId()).orElse(null);
      if (unit == null) {
        v.add("unitId", "unknown-unit", c.unitId());
      } else if (day != null && !unit.existsOn(day)) {
        v.add("unitId", "inactive-unit", c.unitId(), day);
      }
    }
    if (v.required("category", c.category())) {
      Category category = lookup.category(c.category()).orElse(null);
      if (category == null || !category.active()) {
        v.add("category", "unknown-category", c.category());
      }
    }
    if (v.required("title", c.title()) && v.maxLength("title", c.title(), MAX_TITLE)) {
      v.noFormula("title", c.title());
    }
    if (v.required("quantity", c.quantity())) {
      v.range("quantity", c.quantity(), 1, MAX_QUANTITY);
    }
    v.range("participants", c.participants(), 0, MAX_PARTICIPANTS);
    if (v.maxLength("outlet", c.outlet(), MAX_OUTLET)) {
      v.noFormula("outlet", c.outlet());
    }
    checkEvidence(c.evidence(), v);
    checkCooperating(c, v, lookup);
    checkLinks(c, v, lookup);
  }

  /**
   * A linked task must be the recording unit's own (and of the linked plan, if both are given); an
   * activity linked to a plan must fall in the plan's coverage.
   */
  private void checkLinks(ActivityContent c, Violations v, Lookup lookup) {
    String planId = c.planId();
    if (c.taskId() != null && v.maxLength("taskId", c.taskId(), MAX_REFERENCE)) {
      Task task = lookup.task(c.taskId()).orElse(null);
      if (task == null) {
        v.addRule("taskId", "unknown-task", c.taskId());
      } else if (c.unitId() != null && !task.unitId().equals(c.unitId())) {
        v.addRule("taskId", "task-of-other-unit", c.taskId(), task.unitId());
      } else if (task.status() == TaskStatus.CANCELLED) {
        v.addRule("taskId", "task-cancelled", c.taskId());
      } else if (planId != null && !planId.equals(task.planId())) {
        v.addRule("taskId", "task-not-of-plan", c.taskId(), planId);
      }
      if (task != null && planId == null) {
        planId = task.planId();
      }
    }
    if (planId != null && v.maxLength("planId", planId, MAX_REFERENCE)) {
      PlanReplica plan = lookup.plan(planId).orElse(null);
      if (plan == null) {
        v.addRule("planId", "unknown-plan", planId);
      } else if (c.occurredOn() != null && !plan.covers(c.occurredOn())) {
        v.addRule("occurredOn", "outside-plan-coverage", planId, plan.from(), plan.to());
      }
    }
  }

  private static void checkEvidence(List<String> evidence, Violations v) {
    if (!v.maxSize("evidence", evidence, MAX_EVIDENCE)) {
      return;
    }
    for (int i = 0; i < evidence.size(); i++) {
      String field = "evidence[" + i + "]";
      String url = evidence.get(i);
      if (v.required(field, url) && v.maxLength(field, url, MAX_URL)) {
        v.webUrl(field, url);
      }
    }
  }

  private void checkCooperating(ActivityContent c, Violations v, Lookup lookup) {
    if (!v.maxSize("cooperatingUnitIds", c.cooperatingUnitIds(), MAX_COOPERATING)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.cooperatingUnitIds().size(); i++) {
      String field = "cooperatingUnitIds[" + i + "]";
      String id = c.cooperatingUnitIds().get(i);
      if (!v.required(field, id)) {
        continue;
      }
      if (id.equals(c.unitId()) || !seen.add(id)) {
        v.add(field, "duplicate-unit", id);
      } else if (lookup.unit(id).isEmpty()) {
        v.add(field, "unknown-unit", id);
      }
    }
  }
}
