package vn.loa.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  private final DocumentType type = new DocumentType();

  @Test
  void aDocumentReadBackIsTheDocumentWrittenWithEveryValueOfItsType() {
    List<Object> mixed = new ArrayList<>();
    mixed.add("Phát thanh");
    mixed.add(7);
    mixed.add(null);
    mixed.add(new Document("unit", "hp-x-an-lao"));
    Document activity =
        new Document("_id", "a-7f3c")
            .append("title", "Phát thanh CCHC trên loa truyền thanh xã An Lão")
            .append("quantity", 3)
            .append("version", 12L)
            .append("share", 0.25)
            .append("withdrawn", false)
            .append("note", null)
            .append("recordedAt", Instant.parse("2025-07-10T08:15:30.123Z"))
            .append("ref", new ObjectId())
            .append("uuid", UUID.fromString("3f1c2a9e-8d1b-4c53-9a0e-5b7f4e2d1c60"))
            .append("amount", new Decimal128(new BigDecimal("1234.50")))
            .append(
                "content", new Document("unitId", "hp-x-an-lao").append("days", List.of(10, 11)))
            .append("mixed", mixed);

    Document read = roundTrip(activity);

    assertThat(read).isEqualTo(activity);
    assertThat(read.get("quantity")).isInstanceOf(Integer.class);
    assertThat(read.get("version")).isInstanceOf(Long.class);
    assertThat(read.keySet()).containsExactlyElementsOf(activity.keySet());
  }

  @Test
  void documentsWrittenOneAfterAnotherAreReadBackOneAfterAnother() {
    WriteBuffer buffer = new WriteBuffer();
    Document first = new Document("_id", 1).append("x", "một");
    Document second = new Document("_id", 2).append("x", "hai");
    type.write(buffer, first);
    type.write(buffer, second);
    ByteBuffer read = buffer.getBuffer().flip();
    assertThat(type.read(read)).isEqualTo(first);
    assertThat(type.read(read)).isEqualTo(second);
    assertThat(read.hasRemaining()).isFalse();
  }

  private Document roundTrip(Document document) {
    WriteBuffer buffer = new WriteBuffer();
    type.write(buffer, document);
    return type.read(buffer.getBuffer().flip());
  }
}
