package vn.loa.report.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.loa.contracts.audit.AuditRecorded;

/**
 * The central audit trail, append-only: an entry is inserted once under its id and never changed or
 * removed (a redelivered event finds its entry there and changes nothing; the rebuild of the read
 * models leaves it alone).
 */
@Component
public class AuditLog {

  static final String COLLECTION = "audit";

  private final MongoTemplate mongo;

  AuditLog(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo
        .indexOps(COLLECTION)
        .createIndex(
            new Index()
                .on("unitId", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC)
                .named("unit_at"));
  }

  /** Keeps the entry unless it is there already. */
  public void record(AuditRecorded r) {
    Document entry = new Document();
    mongo.getConverter().write(r, entry); // the event's own record: its id is the document's _id
    entry.remove("_id");
    Update insertOnly = new Update();
    entry.forEach(insertOnly::setOnInsert);
    mongo.upsert(new Query(Criteria.where("_id").is(r.id())), insertOnly, COLLECTION);
  }

  /** A page of the entries of {@code units}, newest first, optionally narrowed. */
  public List<AuditRecorded> find(
      List<String> units,
      String actor,
      String entityType,
      String entityId,
      Instant from,
      Instant to,
      int page,
      int size) {
    List<Criteria> and = new ArrayList<>();
    and.add(Criteria.where("unitId").in(units));
    if (actor != null) {
      and.add(Criteria.where("actor").is(actor));
    }
    if (entityType != null) {
      and.add(Criteria.where("entityType").is(entityType));
    }
    if (entityId != null) {
      and.add(Criteria.where("entityId").is(entityId));
    }
    if (from != null) {
      and.add(Criteria.where("at").gte(from));
    }
    if (to != null) {
      and.add(Criteria.where("at").lt(to));
    }
    Query query =
        new Query(new Criteria().andOperator(and.toArray(Criteria[]::new)))
            .with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by("_id")))
            .skip((long) page * size)
            .limit(size);
    return mongo.find(query, AuditRecorded.class, COLLECTION);
  }
}
