package vn.loa.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md and docs/schemas describe every topic and event type of the catalogue, field for
 * field: adding an event or a field without documenting it fails here.
 */
class EventDocumentationTest {

  static final Path DOCS = Path.of("..", "docs");

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("missing " + file, e);
    }
  }

  @Test
  void every_topic_and_its_producer_is_in_events_md() {
    String events = read(DOCS.resolve("events.md"));
    for (Topic topic : Catalogue.TOPICS) {
      assertThat(events).contains("| `" + topic.name() + "` | " + topic.producer() + " |");
    }
  }

  @Test
  void every_event_type_has_a_section_and_a_schema_listing_every_field() {
    String events = read(DOCS.resolve("events.md"));
    for (EventType<?> type : Catalogue.EVENT_TYPES) {
      assertThat(events).contains("`" + type.name() + "`");
      String schema =
          read(DOCS.resolve("schemas").resolve(type.name() + ".v" + type.version() + ".json"));
      assertThat(schema).contains("\"$id\": \"" + type.dataschema() + "\"");
      Matcher ref = Pattern.compile("\"\\$ref\": \"([^\"]+)\"").matcher(schema);
      String body = ref.find() ? read(DOCS.resolve("schemas").resolve(ref.group(1))) : schema;
      for (RecordComponent field : type.dataType().getRecordComponents()) {
        assertThat(body)
            .as(type.name() + " schema field " + field.getName())
            .contains("\"" + field.getName() + "\"");
        assertThat(events)
            .as(type.name() + " field " + field.getName() + " in events.md")
            .contains("`" + field.getName() + "`");
      }
    }
  }

  @Test
  void the_envelope_schema_lists_every_envelope_attribute() {
    String schema = read(DOCS.resolve("schemas/envelope.v1.json"));
    Arrays.stream(Envelope.class.getRecordComponents())
        .forEach(c -> assertThat(schema).contains("\"" + c.getName() + "\""));
  }

  @Test
  void every_topic_has_a_single_known_producer() {
    assertThat(Catalogue.TOPICS)
        .allSatisfy(
            t ->
                assertThat(t.producer()).isIn("plan-service", "task-service", "report-aggregator"));
    assertThat(Catalogue.EVENT_TYPES)
        .allSatisfy(e -> assertThat(Catalogue.TOPICS).contains(e.topic()));
  }
}
