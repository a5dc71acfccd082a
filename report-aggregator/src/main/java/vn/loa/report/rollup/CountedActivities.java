package vn.loa.report.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.loa.report.period.HalfMonth;
import vn.loa.report.period.Span;

/**
 * The activities a unit's subtree counts in a span, with their descriptions: what the periodic
 * report's document names as notable. Only what counts (not withdrawn) and what is described
 * (consumed since 2026-12-03, or rebuilt since).
 */
@Service
public class CountedActivities {

  /** How many contributions of one category a document looks at, biggest first. */
  static final int LOOKED_AT = 50;

  private final MongoTemplate mongo;
  private final ActivityDescriptions descriptions;

  CountedActivities(MongoTemplate mongo, ActivityDescriptions descriptions) {
    this.mongo = mongo;
    this.descriptions = descriptions;
  }

  /** One counted activity. */
  public record Counted(
      String id,
      String unitId,
      String category,
      LocalDate occurredOn,
      String title,
      String outlet,
      long quantity,
      long participants) {}

  /**
   * The {@code limit} biggest activities of {@code category} that {@code unitId}'s subtree counts
   * in {@code span}: by participants, then quantity, then the earlier day.
   */
  public List<Counted> biggest(String unitId, Span span, String category, int limit) {
    Map<Integer, List<String>> halves = new TreeMap<>();
    for (HalfMonth h : span.halfMonths()) {
      halves.computeIfAbsent(h.year(), y -> new ArrayList<>()).add(h.key());
    }
    Criteria[] inSpan =
        halves.entrySet().stream()
            .map(e -> Criteria.where("year").is(e.getKey()).and("half").in(e.getValue()))
            .toArray(Criteria[]::new);
    Query query =
        new Query(
                new Criteria()
                    .andOperator(
                        Criteria.where("path")
                            .is(unitId)
                            .and("category")
                            .is(category)
                            .and("activities")
                            .is(1),
                        new Criteria().orOperator(inSpan)))
            .with(Sort.by(Sort.Direction.DESC, "participants", "quantity"))
            .limit(LOOKED_AT);
    List<Contribution> counted = mongo.find(query, Contribution.class);
    Map<String, ActivityDescription> described = new java.util.HashMap<>();
    descriptions
        .find(counted.stream().map(Contribution::id).toList())
        .forEach(d -> described.put(d.id(), d));
    return counted.stream()
        .filter(c -> described.containsKey(c.id()) && described.get(c.id()).title() != null)
        .map(
            c -> {
              ActivityDescription d = described.get(c.id());
              return new Counted(
                  c.id(),
                  d.unitId(),
                  c.category(),
                  d.occurredOn(),
                  d.title(),
                  d.outlet(),
                  c.quantity(),
                  c.participants());
            })
        .sorted(
            Comparator.comparingLong(Counted::participants)
                .thenComparingLong(Counted::quantity)
                .reversed()
                .thenComparing(Counted::occurredOn)
                .thenComparing(Counted::id))
        .limit(limit)
        .toList();
  }
}
