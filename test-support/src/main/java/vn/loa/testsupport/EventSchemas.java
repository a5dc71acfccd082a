package vn.loa.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events on a topic as their consumers will read them, checked against the documented JSON
 * Schemas ({@code docs/schemas}): the envelope against {@code envelope.v1.json}, and the data
 * against the schema its {@code dataschema} names ({@code urn:loa:schema:<type>:<version>} → {@code
 * <type>.v<version>.json}, following a top-level {@code $ref} to a shared snapshot schema).
 */
public final class EventSchemas {

  static final Path SCHEMAS = Path.of("..", "docs", "schemas");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private EventSchemas() {}

  /** Every way the records of {@code topic} differ from their schemas; empty when all match. */
  public static List<String> violations(String topic) {
    return violations(topic, key -> true);
  }

  /**
   * As {@link #violations(String)}, for the records whose key {@code keys} accepts only: a
   * consumer's test checks the events it fed its service, not the poison another test put there.
   */
  public static List<String> violations(String topic, java.util.function.Predicate<String> keys) {
    List<String> found = new ArrayList<>();
    for (TopicReader.Record r : TopicReader.readAll(topic)) {
      if (r.value() == null || !keys.test(r.key() == null ? "" : r.key())) {
        continue;
      }
      found.addAll(check(topic + "@" + r.partition() + ":" + r.offset() + " (" + r.key() + ")", r));
    }
    return found;
  }

  private static List<String> check(String where, TopicReader.Record r) {
    List<String> found = new ArrayList<>();
    JsonNode envelope = JSON.readTree(r.value());
    schema("envelope.v1.json").validate(envelope).forEach(e -> found.add(where + " envelope " + e));
    String dataschema = envelope.path("dataschema").asString("");
    String[] parts = dataschema.split(":");
    if (parts.length != 5 || !dataschema.startsWith("urn:loa:schema:")) {
      found.add(where + " names no known schema: " + dataschema);
      return found;
    }
    Path file = SCHEMAS.resolve(parts[3] + ".v" + parts[4] + ".json");
    if (!Files.exists(file)) {
      found.add(where + " has no schema file " + file.getFileName());
      return found;
    }
    for (Error e : schema(file.getFileName().toString()).validate(envelope.get("data"))) {
      found.add(where + " " + envelope.path("type").asString() + " " + e);
    }
    return found;
  }

  private static Schema schema(String name) {
    return CACHE.computeIfAbsent(name, EventSchemas::load);
  }

  private static Schema load(String name) {
    try {
      String text = Files.readString(SCHEMAS.resolve(name));
      JsonNode node = JSON.readTree(text);
      if (node.has("$ref") && !node.has("properties")) {
        return load(node.get("$ref").asString());
      }
      return REGISTRY.getSchema(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
