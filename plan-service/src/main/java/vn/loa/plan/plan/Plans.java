package vn.loa.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.web.Idempotency;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;

/**
 * Drafts, issues, amends and revokes plans. Every request is checked in full before anything is
 * written; each change is one version-guarded document write carrying its event.
 */
@Service
public class Plans {

  private final MongoTemplate mongo;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final PlanRules rules;
  private final Clock clock;
  private final Idempotency idempotency;

  Plans(
      MongoTemplate mongo,
      Aggregates aggregates,
      OutboxEvents events,
      PlanRules rules,
      Clock clock,
      Idempotency idempotency) {
    this.mongo = mongo;
    this.aggregates = aggregates;
    this.events = events;
    this.rules = rules;
    this.clock = clock;
    this.idempotency = idempotency;
    aggregates.ensureVersionIndex(Plan.class);
  }

  /** The outcome of a create: the plan, and whether it already existed under the same key. */
  public record Created(Plan plan, boolean replayed) {}

  public Created draft(PlanContent content, String caller, String idempotencyKey) {
    Violations v = new Violations();
    Idempotency.check(idempotencyKey, v);
    rules.checkDraft(content, null, this::findOrNull, v);
    v.throwIfAny();
    String hash = idempotency.hash(content);
    String id = Idempotency.id("p-", caller, idempotencyKey);
    try {
      return new Created(
          aggregates.insert(Plan.draft(id, content, caller, clock.instant(), hash)), false);
    } catch (DuplicateKeyException e) {
      Plan existing = get(id);
      if (idempotencyKey == null || !hash.equals(existing.requestHash())) {
        throw Idempotency.reused();
      }
      return new Created(existing, true);
    }
  }

  /**
   * A draft with a known id: for loading documents that already have one elsewhere (the demo data's
   * seed plans). Does nothing if a plan with that id exists.
   */
  public Plan draftAs(String id, PlanContent content, String caller) {
    Optional<Plan> existing = find(id);
    if (existing.isPresent()) {
      return existing.get();
    }
    Violations v = new Violations();
    rules.checkDraft(content, id, this::findOrNull, v);
    v.throwIfAny();
    return aggregates.insert(
        Plan.draft(id, content, caller, clock.instant(), idempotency.hash(content)));
  }

  public Plan edit(String id, PlanContent content, long expectedVersion, String caller) {
    Plan current = current(id, expectedVersion);
    Violations v = new Violations();
    unchangedIssuer(current, content, v);
    rules.checkDraft(content, id, this::findOrNull, v);
    v.throwIfAny();
    return write(current.edit(content, caller, clock.instant()), current);
  }

  public Plan issue(String id, Long expectedVersion, String caller) {
    Plan current = current(id, expectedVersion);
    current.requireDraft();
    Violations v = new Violations();
    rules.checkDraft(current.content(), id, this::findOrNull, v);
    rules.checkIssuable(current.content(), LocalDate.now(clock), v);
    v.throwIfAny();
    return write(current.issue(caller, clock.instant(), events), current);
  }

  public Plan amend(String id, PlanContent content, long expectedVersion, String caller) {
    Plan current = current(id, expectedVersion);
    current.requireIssued();
    Violations v = new Violations();
    unchangedIssuer(current, content, v);
    rules.checkDraft(content, id, this::findOrNull, v);
    rules.checkIssuable(content, LocalDate.now(clock), v);
    v.throwIfAny();
    return write(current.amend(content, caller, clock.instant(), events), current);
  }

  /** What a revocation says: from when, and why. */
  public record Revocation(LocalDate on, String reason) {}

  public Plan revoke(String id, Revocation revocation, Long expectedVersion, String caller) {
    Plan current = current(id, expectedVersion);
    Violations v = new Violations();
    if (v.required("reason", revocation == null ? null : revocation.reason())) {
      v.maxLength("reason", revocation.reason(), 2_000);
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = revocation == null || revocation.on() == null ? today : revocation.on();
    if (on.isAfter(today)) {
      v.add("on", "future-date");
    }
    v.throwIfAny();
    return write(current.revoke(on, revocation.reason(), caller, clock.instant(), events), current);
  }

  public Plan get(String id) {
    return find(id).orElseThrow(() -> Problems.notFound("plan", id));
  }

  public Optional<Plan> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Plan.class));
  }

  private Plan findOrNull(String id) {
    return mongo.findById(id, Plan.class);
  }

  /** An issuer's plans touching a year (by coverage, else date of issue), newest first. */
  public List<Plan> list(String issuerId, Integer year) {
    Criteria where =
        issuerId == null ? new Criteria() : Criteria.where("content.issuerId").is(issuerId);
    return mongo.find(new Query(where), Plan.class).stream()
        .filter(p -> year == null || touches(p, year))
        .sorted(Comparator.comparing(Plan::changedAt).reversed())
        .toList();
  }

  /** Every issued or revoked plan (drafts excluded). */
  public List<Plan> published() {
    return mongo.find(new Query(Criteria.where("status").ne(PlanStatus.DRAFT)), Plan.class);
  }

  private boolean touches(Plan p, int year) {
    PlanContent c = p.content();
    if (c.coverage() != null && c.coverage().from() != null && c.coverage().to() != null) {
      return c.coverage().from().getYear() <= year && year <= c.coverage().to().getYear();
    }
    if (c.issuedOn() != null) {
      return c.issuedOn().getYear() == year;
    }
    return p.createdAt().atZone(clock.getZone()).getYear() == year;
  }

  private Plan current(String id, Long expectedVersion) {
    Plan current = get(id);
    if (expectedVersion != null && current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    return current;
  }

  private static void unchangedIssuer(Plan current, PlanContent content, Violations v) {
    if (content.issuerId() != null && !content.issuerId().equals(current.content().issuerId())) {
      v.add("issuerId", "immutable");
    }
  }

  private Plan write(Plan next, Plan current) {
    if (!aggregates.replace(next, current.version())) {
      throw Problems.staleVersion(get(next.id()).version());
    }
    return next;
  }
}
