package vn.loa.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The RSA key tokens are signed with: made on first start and kept in MongoDB, so a restart keeps
 * every issued token valid and the services' cached key set current. In production keep it in a key
 * store or KMS instead (docs/security.md).
 */
final class SigningKey {

  static final String COLLECTION = "signing_keys";

  private SigningKey() {}

  static RSAKey load(MongoTemplate mongo) {
    Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", "current")).first();
    if (stored == null) {
      try {
        RSAKey fresh = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        mongo
            .getCollection(COLLECTION)
            .insertOne(new Document("_id", "current").append("jwk", fresh.toJSONString()));
        return fresh;
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      } catch (DuplicateKeyException | com.mongodb.MongoWriteException raced) {
        stored = mongo.getCollection(COLLECTION).find(new Document("_id", "current")).first();
      }
    }
    try {
      return RSAKey.parse(stored.getString("jwk"));
    } catch (ParseException e) {
      throw new IllegalStateException("the stored signing key is unreadable", e);
    }
  }
}
