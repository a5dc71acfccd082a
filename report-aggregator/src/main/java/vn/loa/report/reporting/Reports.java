package vn.loa.report.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.period.Periods;
import vn.loa.report.statistics.Figures;
import vn.loa.report.statistics.Statistics;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/** Drafting, submitting, approving and returning periodic reports; completeness and timeliness. */
@Service
public class Reports {

  static final int MAX_TEXT = 20_000;

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final Obligations obligations;
  private final Statistics statistics;
  private final OrgTree tree;
  private final Clock clock;

  Reports(
      MongoTemplate mongo,
      Aggregates aggregates,
      Obligations obligations,
      Statistics statistics,
      OrgTree tree,
      Clock clock) {
    this.mongo = mongo;
    this.tree = tree;
    this.aggregates = aggregates;
    this.obligations = obligations;
    this.statistics = statistics;
    this.clock = clock;
    aggregates.ensureVersionIndex(Report.class);
  }

  /** A report with its live figures (and the approved ones, if approved). */
  public record Drafted(
      Report report,
      Map<String, List<Long>> figures,
      boolean changedAfterApproval,
      Boolean onTime) {}

  /**
   * The unit's report for a window: stored, or a draft not yet written if nothing was done with it.
   */
  public Drafted get(String unitId, String window) {
    return drafted(report(unitId, window));
  }

  public Drafted get(String id) {
    return drafted(find(id));
  }

  /** The report without its live figures (for checks before a change). */
  public Report find(String id) {
    int at = id.lastIndexOf('-');
    if (!id.startsWith("r-") || at < 3) {
      throw Problems.notFound("report", id);
    }
    return report(id.substring(2, at), id.substring(at + 1));
  }

  /** Whether the report owed has been submitted at least once (no live figures read). */
  public boolean submitted(Obligations.Obligation o) {
    return stored(o).firstSubmittedAt() != null;
  }

  /** Every report the unit owes, soonest window first. */
  public List<Drafted> of(String unitId) {
    requireUnit(unitId);
    return obligations.of(unitId).stream().map(o -> drafted(stored(o))).toList();
  }

  /**
   * Writes the narrative. The first write of a report nobody has touched needs no version; later
   * ones need {@code If-Match}.
   */
  public Drafted write(String id, Report.Narrative text, Long expectedVersion, String caller) {
    Report current = current(id, expectedVersion);
    if (expectedVersion == null && current.version() > 0) {
      throw Problems.versionRequired();
    }
    Violations v = new Violations();
    v.maxLength("results", text.results(), MAX_TEXT);
    v.maxLength("limitations", text.limitations(), MAX_TEXT);
    v.maxLength("difficulties", text.difficulties(), MAX_TEXT);
    v.maxLength("proposals", text.proposals(), MAX_TEXT);
    v.maxLength("guidance", text.guidance(), MAX_TEXT);
    v.maxLength("assessment", text.assessment(), MAX_TEXT);
    v.maxLength("directions", text.directions(), MAX_TEXT);
    v.throwIfAny();
    return drafted(save(current.write(text, caller, clock.instant()), current));
  }

  public Drafted submit(String id, Long expectedVersion, String caller) {
    Report current = current(id, expectedVersion);
    return drafted(save(current.submit(caller, clock.instant()), current));
  }

  /**
   * A receiver takes the report in (tiếp nhận): the figures as they stand now are frozen into it.
   */
  public Drafted approve(String id, String receiver, Long expectedVersion, String caller) {
    Report current = current(id, expectedVersion);
    return drafted(
        save(current.approve(live(current), receiver, caller, clock.instant()), current));
  }

  /** A receiver returns the report to its unit, saying why. */
  public Drafted sendBack(
      String id, String receiver, String comment, Long expectedVersion, String caller) {
    Report current = current(id, expectedVersion);
    Violations v = new Violations();
    if (v.required("comment", comment)) {
      v.maxLength("comment", comment, MAX_TEXT);
    }
    v.throwIfAny();
    return drafted(
        save(current.sendBack(comment.strip(), receiver, caller, clock.instant()), current));
  }

  /**
   * The reports sent to {@code receiver} (submitted at least once), optionally of one window only.
   */
  public List<Drafted> sentTo(String receiver, String window) {
    requireUnit(receiver);
    return obligations.owedTo(receiver).stream()
        .filter(o -> window == null || o.window().code().equals(window))
        .map(this::stored)
        .filter(r -> r.firstSubmittedAt() != null)
        .map(this::drafted)
        .toList();
  }

  /** One unit's standing in a completeness count. */
  public record Standing(
      String unitId,
      String unitName,
      String status,
      LocalDate deadline,
      Instant submittedAt,
      Boolean onTime,
      List<String> receiverIds) {}

  /**
   * Who of the units owing {@code parentId} a report for the window — it receives the report, or
   * its plan requires it — has submitted it, who on time, who not at all. Counted from the
   * submissions against each deadline; a returned report counts as submitted (when it was first),
   * an unsubmitted one as missing. Both rates are over the units that owe one, so never above 1.
   */
  public record Completeness(
      String parentId,
      String window,
      int expected,
      int submitted,
      int onTime,
      int late,
      int missing,
      double completeness,
      double timeliness,
      List<String> missingUnits,
      List<String> lateUnits,
      List<Standing> units) {}

  public Completeness completeness(String parentId, String window) {
    requireUnit(parentId);
    Periods.window(window).orElseThrow(() -> Problems.invalid("window", "window", window));
    List<Standing> units = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> late = new ArrayList<>();
    int submitted = 0;
    int onTime = 0;
    for (Obligations.Obligation o : obligations.expectedBy(parentId, window)) {
      Report r = stored(o);
      Boolean timely = onTime(r);
      String name =
          tree.find(o.unitId()).map(vn.loa.report.orgunit.OrgUnitReplica::name).orElse(o.unitId());
      units.add(
          new Standing(
              o.unitId(),
              name,
              r.status().name(),
              r.deadline(),
              r.firstSubmittedAt(),
              timely,
              o.receiverIds()));
      if (r.firstSubmittedAt() == null) {
        missing.add(o.unitId());
      } else {
        submitted++;
        if (Boolean.FALSE.equals(timely)) {
          late.add(o.unitId());
        } else {
          onTime++;
        }
      }
    }
    int expected = units.size();
    return new Completeness(
        parentId,
        window,
        expected,
        submitted,
        onTime,
        late.size(),
        missing.size(),
        expected == 0 ? 1.0 : (double) submitted / expected,
        expected == 0 ? 1.0 : (double) onTime / expected,
        missing,
        late,
        units);
  }

  /**
   * Whether the first submission was by the end of the deadline day (Vietnam time); null if not
   * submitted.
   */
  Boolean onTime(Report r) {
    return onTime(r.firstSubmittedAt(), r.deadline(), clock.getZone());
  }

  /**
   * Whether a report first sent at {@code sent} met {@code deadline}, the day read in {@code zone}.
   */
  static Boolean onTime(Instant sent, LocalDate deadline, java.time.ZoneId zone) {
    if (sent == null) {
      return null;
    }
    return deadline == null || !sent.atZone(zone).toLocalDate().isAfter(deadline);
  }

  private void requireUnit(String unitId) {
    if (tree.find(unitId).isEmpty()) {
      throw Problems.notFound("org-unit", unitId);
    }
  }

  private Report report(String unitId, String window) {
    Obligations.Obligation o =
        obligations
            .find(unitId, window)
            .orElseThrow(() -> Problems.notFound("report", Report.id(unitId, window)));
    return stored(o);
  }

  private Report stored(Obligations.Obligation o) {
    Report r = mongo.findById(Report.id(o.unitId(), o.window().code()), Report.class);
    return r != null
        ? (r.receiverIds().isEmpty() ? r.sentTo(o.receiverIds()) : r)
        : Report.draft(o);
  }

  private Report current(String id, Long expectedVersion) {
    Report current = get(id).report();
    if (expectedVersion != null && current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    return current;
  }

  private Report save(Report next, Report current) {
    if (current.version() == 0) {
      try {
        return aggregates.insert(next);
      } catch (DuplicateKeyException e) {
        throw Problems.staleVersion(1);
      }
    }
    if (!aggregates.replace(next, current.version())) {
      throw Problems.staleVersion(get(next.id()).report().version());
    }
    return next;
  }

  private Drafted drafted(Report r) {
    Map<String, List<Long>> figures = live(r);
    boolean changed = r.approved() != null && !r.approved().byCategory().equals(figures);
    return new Drafted(r, figures, changed, onTime(r));
  }

  private Map<String, List<Long>> live(Report r) {
    Map<String, List<Long>> figures = new TreeMap<>();
    Map<String, Figures> byCategory =
        statistics.totals(r.unitId(), Periods.window(r.window()).orElseThrow()).byCategory();
    byCategory.forEach(
        (c, f) -> figures.put(c, List.of(f.quantity(), f.participants(), f.activities())));
    return figures;
  }
}
