package vn.loa.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.json — the AsyncAPI 3 description of every topic an integrator or a new consumer
 * may read — is generated from the topic catalogue, the schemas and the topic table of
 * docs/events.md, and must equal what is committed: a topic, event type, version, key or consumer
 * added without it fails here. {@code -Dloa.asyncapi.write=true} writes the file anew.
 */
class AsyncApiDocumentTest {

  static final Path DOCS = Path.of("..", "docs");
  static final Path FILE = DOCS.resolve("asyncapi.json");
  static final List<String> SERVICES =
      List.of("plan-service", "task-service", "report-aggregator", "identity-service", "gateway");

  /** One row of the topic table of docs/events.md. */
  record Row(String key, List<String> consumers) {}

  static Map<String, Row> topicTable() throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "(?m)^\\| `([^`]+)` \\| ([a-z-]+) \\| (.*?) \\| (.*?) \\| (\\d+) \\| (.*?) \\|$")
            .matcher(Files.readString(DOCS.resolve("events.md")));
    while (m.find()) {
      List<String> consumers = new ArrayList<>();
      for (String s : SERVICES) {
        if (Pattern.compile("(^|[ ,(])" + Pattern.quote(s) + "($|[ ,)])")
            .matcher(m.group(6))
            .find()) {
          consumers.add(s);
        }
      }
      rows.put(m.group(1), new Row(m.group(3).replace("\\|", "|").replace("`", ""), consumers));
    }
    return rows;
  }

  static String messageId(EventType<?> type) {
    return type.name() + ".v" + type.version();
  }

  static Map<String, Object> generate() throws IOException {
    Map<String, Row> table = topicTable();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asyncapi", "3.0.0");
    doc.put(
        "info",
        Map.of(
            "title", "Loa events",
            "version", "1",
            "description",
                "Every Kafka topic of Loa: one producing service each, records keyed by aggregate"
                    + " id, values in the CloudEvents 1.0 envelope (schemas/envelope.v1.json) with"
                    + " the event's data. Consumers keep the highest aggregateversion they have"
                    + " seen. Generated from the topic catalogue by AsyncApiDocumentTest; see"
                    + " events.md."));
    doc.put("defaultContentType", "application/json");
    Map<String, Object> channels = new LinkedHashMap<>();
    Map<String, Object> operations = new LinkedHashMap<>();
    Map<String, Object> messages = new LinkedHashMap<>();
    for (Topic topic : Catalogue.TOPICS) {
      Row row = table.get(topic.name());
      assertThat(row).as("docs/events.md has a row for %s", topic.name()).isNotNull();
      Map<String, Object> refs = new LinkedHashMap<>();
      List<Object> list = new ArrayList<>();
      for (EventType<?> type : Catalogue.EVENT_TYPES) {
        if (!type.topic().equals(topic)) {
          continue;
        }
        String id = messageId(type);
        refs.put(id, Map.of("$ref", "#/components/messages/" + id));
        list.add(Map.of("$ref", "#/channels/" + topic.name() + "/messages/" + id));
        Path schema =
            DOCS.resolve("schemas").resolve(type.name() + ".v" + type.version() + ".json");
        assertThat(schema).as("schema of %s", id).exists();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", type.name());
        message.put("title", type.name() + " v" + type.version());
        message.put("contentType", "application/json");
        message.put(
            "payload",
            Map.of(
                "allOf",
                List.of(
                    Map.of("$ref", "schemas/envelope.v1.json"),
                    Map.of(
                        "properties",
                        Map.of(
                            "type", Map.of("const", type.name()),
                            "dataschema", Map.of("const", type.dataschema()),
                            "data", Map.of("$ref", "schemas/" + schema.getFileName()))))));
        message.put(
            "bindings",
            Map.of("kafka", Map.of("key", Map.of("type", "string", "description", row.key()))));
        messages.put(id, message);
      }
      Map<String, Object> channel = new LinkedHashMap<>();
      channel.put("address", topic.name());
      channel.put(
          "description", "Written by " + topic.producer() + " only; key: " + row.key() + ".");
      channel.put("messages", refs);
      channel.put(
          "bindings",
          Map.of(
              "kafka",
              Map.of(
                  "partitions",
                  topic.partitions(),
                  "topicConfiguration",
                  topic.cleanup() == Topic.Cleanup.COMPACT
                      ? Map.of("cleanup.policy", List.of("compact"))
                      : Map.of("cleanup.policy", List.of("delete"), "retention.ms", -1))));
      channels.put(topic.name(), channel);
      operations.put(
          topic.producer() + ".send." + topic.name(),
          Map.of(
              "action",
              "send",
              "channel",
              Map.of("$ref", "#/channels/" + topic.name()),
              "messages",
              list));
      for (String consumer : row.consumers()) {
        operations.put(
            consumer + ".receive." + topic.name(),
            Map.of(
                "action",
                "receive",
                "channel",
                Map.of("$ref", "#/channels/" + topic.name()),
                "messages",
                list));
      }
    }
    doc.put("channels", channels);
    doc.put("operations", operations);
    doc.put("components", Map.of("messages", messages));
    return doc;
  }

  @Test
  void the_committed_document_is_the_one_the_catalogue_generates() throws IOException {
    String expected = Json.write(generate()) + "\n";
    if (Boolean.getBoolean("loa.asyncapi.write")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertThat(FILE).as("docs/asyncapi.json (regenerate: -Dloa.asyncapi.write=true)").exists();
    assertThat(Files.readString(FILE))
        .as("docs/asyncapi.json is out of date: run this test with -Dloa.asyncapi.write=true")
        .isEqualTo(expected);
  }

  @Test
  void every_topic_of_the_catalogue_has_its_producer_and_its_named_consumers() throws IOException {
    Map<String, Row> table = topicTable();
    assertThat(table.get("loa.activities").consumers()).containsExactly("report-aggregator");
    assertThat(table.get("loa.plans").consumers())
        .containsExactly("task-service", "report-aggregator");
    assertThat(table.get("loa.report-reminders").consumers())
        .as("no service consumes it yet")
        .isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> operations = (Map<String, Object>) generate().get("operations");
    for (Topic topic : Catalogue.TOPICS) {
      assertThat(operations).containsKey(topic.producer() + ".send." + topic.name());
    }
  }

  /** Enough JSON writing for a document of maps, lists, strings and numbers, in a stable order. */
  static final class Json {
    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out, "");
      return out.toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
      switch (value) {
        case Map<?, ?> map -> {
          if (map.isEmpty()) {
            out.append("{}");
            return;
          }
          out.append("{\n");
          List<?> keys = new ArrayList<>(map.keySet());
          if (!(map instanceof LinkedHashMap)) {
            keys.sort((a, b) -> a.toString().compareTo(b.toString()));
          }
          for (int i = 0; i < keys.size(); i++) {
            out.append(indent).append("  ");
            string(keys.get(i).toString(), out);
            out.append(": ");
            write(map.get(keys.get(i)), out, indent + "  ");
            out.append(i + 1 < keys.size() ? ",\n" : "\n");
          }
          out.append(indent).append("}");
        }
        case List<?> list -> {
          if (list.isEmpty()) {
            out.append("[]");
            return;
          }
          out.append("[\n");
          for (int i = 0; i < list.size(); i++) {
            out.append(indent).append("  ");
            write(list.get(i), out, indent + "  ");
            out.append(i + 1 < list.size() ? ",\n" : "\n");
          }
          out.append(indent).append("]");
        }
        case String s -> string(s, out);
        case Number n -> out.append(n);
        case Boolean b -> out.append(b);
        default -> throw new IllegalArgumentException("not JSON: " + value);
      }
    }

    private static void string(String s, StringBuilder out) {
      out.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
