package vn.loa.report.category;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * What each category is called, from task-service's announcements, held in memory (a few dozen) and
 * stored so a restart knows them before the topic is read again.
 */
@Service
public class Categories {

  private final MongoTemplate mongo;
  private final Map<String, CategoryReplica> byCode = new ConcurrentHashMap<>();

  Categories(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.findAll(CategoryReplica.class).forEach(c -> byCode.put(c.code(), c));
  }

  /**
   * Keeps {@code c} unless a newer version is held. The same version replaces what is held: task
   * -service announces a category again at each start, and a correction of the reference list that
   * nobody has edited keeps version 1; one partition keeps them in order.
   */
  public void apply(CategoryReplica c) {
    CategoryReplica held = byCode.get(c.code());
    if (held != null && held.version() > c.version()) {
      return;
    }
    if (c.equals(held)) {
      return;
    }
    mongo.save(c);
    byCode.put(c.code(), c);
  }

  /** The Vietnamese name of {@code code}; the code itself only if task-service never named it. */
  public String name(String code) {
    CategoryReplica c = byCode.get(code);
    return c == null ? code : c.nameVi();
  }

  /** The position of {@code code} in lists (unknown ones last). */
  public int order(String code) {
    CategoryReplica c = byCode.get(code);
    return c == null ? Integer.MAX_VALUE : c.order();
  }

  public List<CategoryReplica> all() {
    return byCode.values().stream()
        .sorted(Comparator.comparingInt(CategoryReplica::order))
        .toList();
  }
}
