package vn.loa.report.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * The indicator list: seeded with the appendix of seed 004, then edited as reference data. An
 * indicator nobody has edited (still at version 1) follows the seed when the seed is corrected.
 */
@Service
public class Indicators {

  static final Set<String> KINDS = Set.of("SUM", "PRESENCE", "DESCRIPTIVE");
  static final Set<String> MEASURES = Set.of("quantity", "participants", "activities");
  static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private final MongoTemplate mongo;

  record Seed(
      String code,
      String name,
      String kind,
      String measure,
      List<String> categories,
      String text,
      int order,
      List<String> phrases) {

    Indicator indicator() {
      return new Indicator(code, name, kind, measure, categories, text, order, true, 1, phrases);
    }
  }

  Indicators(MongoTemplate mongo, JsonMapper json) {
    this.mongo = mongo;
    try {
      for (Seed s :
          json.readValue(
              new ClassPathResource("reference/indicators.json").getInputStream(), Seed[].class)) {
        Indicator stored = mongo.findById(s.code(), Indicator.class);
        if (stored == null) {
          mongo.insert(s.indicator());
        } else if (stored.version() == 1 && !stored.equals(s.indicator())) {
          mongo.save(s.indicator());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Indicator> all() {
    return mongo.findAll(Indicator.class).stream()
        .sorted(Comparator.comparingInt(Indicator::order))
        .toList();
  }

  public List<Indicator> active() {
    return all().stream().filter(Indicator::active).toList();
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(mongo.findById(code, Indicator.class));
  }

  /** What an indicator is made of; on a change, absent fields stay as they are. */
  public record Definition(
      String code,
      String name,
      String kind,
      String measure,
      List<String> categories,
      String text,
      Integer order,
      Boolean active,
      List<String> phrases) {}

  public Indicator add(Definition d) {
    Violations v = new Violations();
    if (v.required("code", d.code())) {
      v.maxLength("code", d.code(), 20);
    }
    check(d, true, v);
    v.throwIfAny();
    int order =
        d.order() != null
            ? d.order()
            : all().stream().mapToInt(Indicator::order).max().orElse(0) + 1;
    try {
      return mongo.insert(
          new Indicator(
              d.code().strip(),
              d.name().strip(),
              d.kind(),
              d.measure() == null ? "quantity" : d.measure(),
              d.categories(),
              d.text(),
              order,
              true,
              1,
              d.phrases()));
    } catch (DuplicateKeyException e) {
      throw Problems.conflict("exists", "indicator", d.code());
    }
  }

  public Indicator change(String code, Definition d, long expectedVersion) {
    Indicator current = find(code).orElseThrow(() -> Problems.notFound("indicator", code));
    if (current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    Violations v = new Violations();
    check(d, false, v);
    v.throwIfAny();
    Indicator next =
        new Indicator(
            code,
            d.name() == null ? current.name() : d.name().strip(),
            d.kind() == null ? current.kind() : d.kind(),
            d.measure() == null ? current.measure() : d.measure(),
            d.categories() == null ? current.categories() : d.categories(),
            d.text() == null ? current.text() : d.text(),
            d.order() == null ? current.order() : d.order(),
            d.active() == null ? current.active() : d.active(),
            current.version() + 1,
            d.phrases() == null ? current.phrases() : d.phrases());
    if (mongo
            .replace(
                new Query(Criteria.where("_id").is(code).and("version").is(expectedVersion)), next)
            .getMatchedCount()
        == 0) {
      throw Problems.staleVersion(find(code).map(Indicator::version).orElse(0L));
    }
    return next;
  }

  private static void check(Definition d, boolean creating, Violations v) {
    if (creating || d.name() != null) {
      if (v.required("name", d.name())) {
        v.maxLength("name", d.name(), 500);
      }
    }
    if ((creating || d.kind() != null)
        && v.required("kind", d.kind())
        && !KINDS.contains(d.kind())) {
      v.add(
          "kind",
          "one-of",
          vn.loa.support.web.Choices.ordered("IndicatorKind", "SUM", "PRESENCE", "DESCRIPTIVE"));
    }
    if (d.measure() != null && !MEASURES.contains(d.measure())) {
      v.add(
          "measure",
          "one-of",
          vn.loa.support.web.Choices.ordered("Measure", "quantity", "participants", "activities"));
    }
    if (creating || d.categories() != null) {
      if (v.required("categories", d.categories())) {
        for (int i = 0; i < d.categories().size(); i++) {
          String c = d.categories().get(i);
          if (c == null || !CATEGORY.matcher(c).matches()) {
            v.add("categories[" + i + "]", "category-code");
          }
        }
      }
    }
    if ("DESCRIPTIVE".equals(d.kind())) {
      v.required("text", d.text());
    }
    v.maxLength("text", d.text(), 2_000);
    if (d.phrases() != null && v.maxSize("phrases", d.phrases(), 40)) {
      for (int i = 0; i < d.phrases().size(); i++) {
        if (v.required("phrases[" + i + "]", d.phrases().get(i))) {
          v.maxLength("phrases[" + i + "]", d.phrases().get(i), 500);
        }
      }
      if (d.categories() != null && d.phrases().size() != d.categories().size()) {
        v.add("phrases", "same-size", "categories");
      }
    }
  }
}
