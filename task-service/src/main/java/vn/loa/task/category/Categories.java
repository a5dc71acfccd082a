package vn.loa.task.category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * The category list; seeded on first start with the categories of docs/domain.md. Every change is
 * stored with the event announcing it ({@code loa.categories}), and every start announces each
 * category once more, so a consumer that came later learns the whole list.
 */
@Service
public class Categories {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final CategoryAnnouncer events;

  Categories(MongoTemplate mongo, Aggregates aggregates, CategoryAnnouncer events) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
    aggregates.ensureVersionIndex(Category.class);
    seed();
    announceAll();
  }

  private void seed() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("reference/categories.tsv").getInputStream(),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Category seeded =
            new Category(f[1], f[2], f[3], Integer.parseInt(f[0]), true, 1, List.of());
        Category stored = mongo.findById(f[1], Category.class);
        if (stored == null) {
          mongo.insert(seeded);
        } else if (stored.version() == 1 && !sameState(stored, seeded)) {
          // nobody has edited it: it follows the corrected reference
          aggregates.replace(seeded, 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sameState(Category a, Category b) {
    return a.nameVi().equals(b.nameVi())
        && java.util.Objects.equals(a.nameEn(), b.nameEn())
        && a.order() == b.order()
        && a.active() == b.active();
  }

  /**
   * Each category's current state, once more on its topic (a version a consumer holds is a no-op).
   */
  private void announceAll() {
    for (Category c : all()) {
      aggregates.replace(c.announced(events), c.version());
    }
  }

  public List<Category> all() {
    return mongo.findAll(Category.class).stream()
        .sorted(Comparator.comparingInt(Category::order))
        .toList();
  }

  /** What a new category is: a code that never changes, and its names. */
  public record NewCategory(String code, String nameVi, String nameEn) {}

  /** What may change: names, and whether it takes new activities (retire, restore). */
  public record Change(String nameVi, String nameEn, Boolean active) {}

  public Category add(NewCategory c) {
    Violations v = new Violations();
    if (v.required("code", c.code()) && !CODE.matcher(c.code()).matches()) {
      v.add("code", "category-code");
    }
    if (v.required("nameVi", c.nameVi())) {
      v.maxLength("nameVi", c.nameVi(), 200);
    }
    v.maxLength("nameEn", c.nameEn(), 200);
    v.throwIfAny();
    int order = all().stream().mapToInt(Category::order).max().orElse(0) + 1;
    try {
      return aggregates.insert(
          new Category(
                  c.code(),
                  c.nameVi().strip(),
                  c.nameEn() == null ? null : c.nameEn().strip(),
                  order,
                  true,
                  1,
                  List.of())
              .announced(events));
    } catch (DuplicateKeyException e) {
      throw Problems.conflict("exists", "category", c.code());
    }
  }

  public Category change(String code, Change c, long expectedVersion) {
    Category current = find(code).orElseThrow(() -> Problems.notFound("category", code));
    if (current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    Violations v = new Violations();
    if (c.nameVi() != null && v.required("nameVi", c.nameVi())) {
      v.maxLength("nameVi", c.nameVi(), 200);
    }
    v.maxLength("nameEn", c.nameEn(), 200);
    v.throwIfAny();
    Category next =
        new Category(
            code,
            c.nameVi() == null ? current.nameVi() : c.nameVi().strip(),
            c.nameEn() == null ? current.nameEn() : c.nameEn().strip(),
            current.order(),
            c.active() == null ? current.active() : c.active(),
            current.version() + 1,
            List.of());
    if (!aggregates.replace(next.announced(events), expectedVersion)) {
      throw Problems.staleVersion(find(code).map(Category::version).orElse(0L));
    }
    return next;
  }

  public Optional<Category> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(mongo.findById(code, Category.class));
  }
}
