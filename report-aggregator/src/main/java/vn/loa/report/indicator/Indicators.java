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

/** The indicator list: seeded on first start with the appendix of seed 004, then edited as reference data. */
@Service
public class Indicators {

  static final Set<String> KINDS = Set.of("SUM", "DESCRIPTIVE");
  static final Set<String> MEASURES = Set.of("quantity", "participants", "activities");
  static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private final MongoTemplate mongo;

  record Seed(String code, String name, String kind, String measure, List<String> categories, String text, int order) {}

  Indicators(MongoTemplate mongo, JsonMapper json) {
    this.mongo = mongo;
    try {
      for (Seed s : json.readValue(new ClassPathResource("reference/indicators.json").getInputStream(), Seed[].class)) {
        if (mongo.findById(s.code(), Indicator.class) == null) {
          mongo.insert(new Indicator(s.code(), s.name(), s.kind(), s.measure(), s.categories(), s.text(), s.order(), true, 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Indicator> all() {
    return mongo.findAll(Indicator.class).stream().sorted(Comparator.comparingInt(Indicator::order)).toList();
  }

  public List<Indicator> active() {
    return all().stream().filter(Indicator::active).toList();
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(mongo.findById(code, Indicator.class));
  }

  /** What an indicator is made of; on a change, absent fields stay as they are. */
  public record Definition(
      String code, String name, String kind, String measure, List<String> categories, String text, Integer order, Boolean active) {}

  public Indicator add(Definition d) {
    Violations v = new Violations();
    if (v.required("code", d.code())) {
      v.maxLength("code", d.code(), 20);
    }
    check(d, true, v);
    v.throwIfAny();
    int order = d.order() != null ? d.order() : all().stream().mapToInt(Indicator::order).max().orElse(0) + 1;
    try {
      return mongo.insert(
          new Indicator(d.code().strip(), d.name().strip(), d.kind(), d.measure() == null ? "quantity" : d.measure(),
              d.categories(), d.text(), order, true, 1));
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
            current.version() + 1);
    if (mongo.replace(new Query(Criteria.where("_id").is(code).and("version").is(expectedVersion)), next).getMatchedCount() == 0) {
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
    if ((creating || d.kind() != null) && v.required("kind", d.kind()) && !KINDS.contains(d.kind())) {
      v.add("kind", "one-of", "SUM, DESCRIPTIVE");
    }
    if (d.measure() != null && !MEASURES.contains(d.measure())) {
      v.add("measure", "one-of", "quantity, participants, activities");
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
  }
}
