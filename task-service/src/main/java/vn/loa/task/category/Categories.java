package vn.loa.task.category;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The category list; seeded on first start with the categories of DOMAIN.md. */
@Service
public class Categories {

  private final MongoTemplate mongo;

  Categories(MongoTemplate mongo) {
    this.mongo = mongo;
    seed();
  }

  private void seed() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource("reference/categories.tsv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (mongo.findById(f[1], Category.class) == null) {
          mongo.insert(new Category(f[1], f[2], f[3], Integer.parseInt(f[0]), true));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Category> all() {
    return mongo.findAll(Category.class).stream().sorted(Comparator.comparingInt(Category::order)).toList();
  }

  public Optional<Category> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(mongo.findById(code, Category.class));
  }
}
