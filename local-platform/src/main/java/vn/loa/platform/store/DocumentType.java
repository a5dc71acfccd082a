package vn.loa.platform.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are stored: as BSON, by the wire protocol's own encoder and decoder
 * (what came from a client as BSON goes back to it as the same BSON). Upstream stores them with
 * H2's {@link ObjectDataType}, i.e. Java serialization, at every commit for every document of a
 * changed page and at every page read: a fifth of the store's samples in the profile
 * (docs/benchmarks.md). Documents are never compared (they are a map's values).
 */
final class DocumentType extends BasicDataType<Document> {

  /**
   * What a document is taken to hold in memory: twice its BSON size, on average over those written
   * (before the first, upstream's guess).
   */
  private volatile int averageSize = 10_000;

  @Override
  public int getMemory(Document document) {
    return averageSize;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf bson = Unpooled.buffer(256);
    try {
      BsonEncoder.encodeDocument(document, bson);
      int size = bson.readableBytes();
      averageSize = (int) ((averageSize * 15L + size * 2L) / 16);
      buffer.putVarInt(size);
      buffer.put(bson.nioBuffer());
    } finally {
      bson.release();
    }
  }

  @Override
  public Document read(ByteBuffer buffer) {
    int size = DataUtils.readVarInt(buffer);
    ByteBuffer bson = buffer.slice(buffer.position(), size);
    buffer.position(buffer.position() + size);
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }

  @Override
  public int compare(Document a, Document b) {
    throw new UnsupportedOperationException("documents are values, never keys");
  }
}
