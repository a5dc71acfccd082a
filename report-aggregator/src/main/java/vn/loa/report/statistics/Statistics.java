package vn.loa.report.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.orgunit.OrgUnitReplica;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.period.Span;
import vn.loa.support.web.Problems;

/**
 * Reads totals from the roll-ups. A query touches, for each unit asked about, one roll-up document
 * per calendar year of the span, found by id: its cost does not grow with the number of activities.
 */
@Service
public class Statistics {

  static final String ROLLUPS = "rollups";

  private final MongoTemplate mongo;
  private final OrgTree tree;

  Statistics(MongoTemplate mongo, OrgTree tree) {
    this.mongo = mongo;
    this.tree = tree;
  }

  /**
   * Figures per half-month and category of some units' subtrees within a span, and the latest
   * change.
   */
  record Buckets(
      Map<String, Map<HalfMonth, SortedMap<String, Figures>>> byUnit, Instant lastChange) {

    Map<HalfMonth, SortedMap<String, Figures>> of(String unit) {
      return byUnit.getOrDefault(unit, Map.of());
    }
  }

  Buckets buckets(List<String> units, Span span) {
    List<String> ids = new ArrayList<>();
    for (String unit : units) {
      span.years().forEach(year -> ids.add(unit + "|" + year));
    }
    Map<String, Map<HalfMonth, SortedMap<String, Figures>>> byUnit = new HashMap<>();
    Instant lastChange = null;
    for (Document doc :
        mongo.getCollection(ROLLUPS).find(new Document("_id", new Document("$in", ids)))) {
      int year = doc.getInteger("year");
      String unit = doc.getString("unitId");
      Document categories = doc.get("c", Document.class);
      if (categories != null) {
        for (Map.Entry<String, Object> category : categories.entrySet()) {
          for (Map.Entry<String, Object> half : ((Document) category.getValue()).entrySet()) {
            HalfMonth h = HalfMonth.parse(year, half.getKey());
            if (span.contains(h.firstDay()) && span.contains(h.lastDay())) {
              byUnit
                  .computeIfAbsent(unit, u -> new TreeMap<>())
                  .computeIfAbsent(h, k -> new TreeMap<>())
                  .merge(category.getKey(), figures((Document) half.getValue()), Figures::plus);
            }
          }
        }
      }
      Date updated = doc.getDate("updatedAt");
      if (updated != null && (lastChange == null || updated.toInstant().isAfter(lastChange))) {
        lastChange = updated.toInstant();
      }
    }
    return new Buckets(byUnit, lastChange);
  }

  /** Refuses ({@code 404}) a unit that is not known. */
  public void requireKnown(String unitId) {
    requireUnit(unitId);
  }

  private void requireUnit(String unitId) {
    if (tree.find(unitId).isEmpty()) {
      throw Problems.notFound("org-unit", unitId);
    }
  }

  public Totals totals(String unitId, Span span) {
    return totals(unitId, span, false);
  }

  /**
   * A unit's subtree totals; with {@code includeMerged}, also those of the units merged into it
   * (their history, recorded before the merge under their own name).
   */
  public Totals totals(String unitId, Span span, boolean includeMerged) {
    requireUnit(unitId);
    List<String> units = new ArrayList<>(List.of(unitId));
    if (includeMerged) {
      units.addAll(tree.predecessors(unitId));
    }
    Buckets buckets = buckets(units, span);
    SortedMap<String, Figures> byCategory = new TreeMap<>();
    for (String unit : units) {
      buckets
          .of(unit)
          .values()
          .forEach(cats -> cats.forEach((c, f) -> byCategory.merge(c, f, Figures::plus)));
    }
    byCategory.values().removeIf(Figures::hasNothing);
    Figures total = byCategory.values().stream().reduce(Figures.ZERO, Figures::plus);
    return new Totals(unitId, span, byCategory, total, buckets.lastChange());
  }

  /** One row of a breakdown. */
  public record Row(String key, String label, Figures figures) {}

  /** Per category, largest first. */
  public List<Row> byCategory(String unitId, Span span) {
    return totals(unitId, span).byCategory().entrySet().stream()
        .sorted(
            Map.Entry.<String, Figures>comparingByValue(
                (a, b) -> Long.compare(b.quantity(), a.quantity())))
        .map(e -> new Row(e.getKey(), null, e.getValue()))
        .toList();
  }

  /** Per direct child unit (its whole subtree), every child listed, those with nothing included. */
  public List<Row> byChild(String unitId, Span span) {
    requireUnit(unitId);
    List<OrgUnitReplica> children = tree.children(unitId);
    Buckets buckets = buckets(children.stream().map(OrgUnitReplica::id).toList(), span);
    return children.stream().map(c -> new Row(c.id(), c.name(), sum(buckets.of(c.id())))).toList();
  }

  /**
   * Per category, who of the unit's subtree did it: each direct child (its whole subtree) with
   * something in the category, and the unit itself for what it recorded under its own name (key
   * {@code unitId}); biggest quantity first. The rows of a category add up to the unit's figure.
   */
  public Map<String, List<Row>> contributorsByCategory(String unitId, Span span) {
    requireUnit(unitId);
    List<OrgUnitReplica> children = tree.children(unitId);
    List<String> ids = new ArrayList<>(List.of(unitId));
    children.forEach(c -> ids.add(c.id()));
    Buckets buckets = buckets(ids, span);
    Map<String, Map<String, Figures>> byCategory = new TreeMap<>();
    Map<String, Figures> ofChildren = new HashMap<>();
    for (OrgUnitReplica child : children) {
      perCategory(buckets.of(child.id()))
          .forEach(
              (category, f) -> {
                byCategory.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(child.id(), f);
                ofChildren.merge(category, f, Figures::plus);
              });
    }
    perCategory(buckets.of(unitId))
        .forEach(
            (category, f) -> {
              Figures own = f.minus(ofChildren.getOrDefault(category, Figures.ZERO));
              byCategory.computeIfAbsent(category, k -> new LinkedHashMap<>()).put(unitId, own);
            });
    Map<String, String> names = new HashMap<>();
    tree.find(unitId).ifPresent(u -> names.put(u.id(), u.name()));
    children.forEach(c -> names.put(c.id(), c.name()));
    Map<String, List<Row>> rows = new TreeMap<>();
    byCategory.forEach(
        (category, units) ->
            rows.put(
                category,
                units.entrySet().stream()
                    .filter(e -> !e.getValue().hasNothing())
                    .sorted(
                        Map.Entry.<String, Figures>comparingByValue(
                            (a, b) -> Long.compare(b.quantity(), a.quantity())))
                    .map(e -> new Row(e.getKey(), names.get(e.getKey()), e.getValue()))
                    .toList()));
    rows.values().removeIf(List::isEmpty);
    return rows;
  }

  private static SortedMap<String, Figures> perCategory(
      Map<HalfMonth, SortedMap<String, Figures>> halves) {
    SortedMap<String, Figures> sums = new TreeMap<>();
    halves.values().forEach(cats -> cats.forEach((c, f) -> sums.merge(c, f, Figures::plus)));
    return sums;
  }

  /**
   * Per month of the span: calendar months for a calendar period; reporting months (15th → 14th,
   * named by the month they end in) for a window.
   */
  public List<Row> byMonth(String unitId, Span span) {
    requireUnit(unitId);
    Map<HalfMonth, SortedMap<String, Figures>> halves = buckets(List.of(unitId), span).of(unitId);
    Map<YearMonth, Figures> months = new LinkedHashMap<>();
    for (HalfMonth h : span.halfMonths()) {
      YearMonth month = YearMonth.of(h.year(), h.month());
      if (span.kind() == Span.Kind.WINDOW && h.second()) {
        month = month.plusMonths(1);
      }
      Figures f =
          halves.getOrDefault(h, new TreeMap<>()).values().stream()
              .reduce(Figures.ZERO, Figures::plus);
      months.merge(month, f, Figures::plus);
    }
    return months.entrySet().stream()
        .map(
            e ->
                new Row(
                    String.format("%dM%02d", e.getKey().getYear(), e.getKey().getMonthValue()),
                    null,
                    e.getValue()))
        .toList();
  }

  private static Figures sum(Map<HalfMonth, SortedMap<String, Figures>> halves) {
    return halves.values().stream()
        .flatMap(m -> m.values().stream())
        .reduce(Figures.ZERO, Figures::plus);
  }

  private static Figures figures(Document d) {
    return new Figures(number(d, "q"), number(d, "p"), number(d, "n"));
  }

  private static long number(Document d, String field) {
    Object value = d.get(field);
    return value instanceof Number n ? n.longValue() : 0;
  }
}
