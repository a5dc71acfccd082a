package vn.loa.report.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.loa.report.orgunit.OrgTree;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.period.Span;
import vn.loa.support.web.Problems;

/**
 * Reads totals from the roll-ups. A query touches one roll-up document per calendar year of the span,
 * found by id, however many activities there are.
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

  public Totals totals(String unitId, Span span) {
    return totals(unitId, span, false);
  }

  /**
   * A unit's subtree totals; with {@code includeMerged}, also those of the units merged into it (their
   * history, recorded before the merge under their own name).
   */
  public Totals totals(String unitId, Span span, boolean includeMerged) {
    if (tree.find(unitId).isEmpty()) {
      throw Problems.notFound("org-unit", unitId);
    }
    List<String> units = new ArrayList<>(List.of(unitId));
    if (includeMerged) {
      units.addAll(tree.predecessors(unitId));
    }
    List<String> ids = new ArrayList<>();
    for (String unit : units) {
      span.years().forEach(year -> ids.add(unit + "|" + year));
    }
    SortedMap<String, Figures> byCategory = new TreeMap<>();
    Instant lastChange = null;
    for (Document doc : mongo.getCollection(ROLLUPS).find(new Document("_id", new Document("$in", ids)))) {
      int year = doc.getInteger("year");
      Document categories = doc.get("c", Document.class);
      if (categories != null) {
        for (Map.Entry<String, Object> category : categories.entrySet()) {
          for (Map.Entry<String, Object> half : ((Document) category.getValue()).entrySet()) {
            HalfMonth h = HalfMonth.parse(year, half.getKey());
            if (span.contains(h.firstDay()) && span.contains(h.lastDay())) {
              byCategory.merge(category.getKey(), figures((Document) half.getValue()), Figures::plus);
            }
          }
        }
      }
      Date updated = doc.getDate("updatedAt");
      if (updated != null && (lastChange == null || updated.toInstant().isAfter(lastChange))) {
        lastChange = updated.toInstant();
      }
    }
    byCategory.values().removeIf(Figures::hasNothing);
    Figures total = byCategory.values().stream().reduce(Figures.ZERO, Figures::plus);
    return new Totals(unitId, span, byCategory, total, lastChange);
  }

  private static Figures figures(Document d) {
    return new Figures(number(d, "q"), number(d, "p"), number(d, "n"));
  }

  private static long number(Document d, String field) {
    Object value = d.get(field);
    return value instanceof Number n ? n.longValue() : 0;
  }
}
