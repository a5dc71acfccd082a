package vn.loa.contracts.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of one entity, for the central audit trail: who (a person or a client, and the unit
 * their token is bound to), what action on which entity of which unit, when, and every field before
 * and after.
 *
 * @param id {@code <service>:<entityType>:<entityId>:<version>} — one change, whatever the
 *     deliveries
 * @param service the service that owns the entity
 * @param entityType {@code activity}, {@code task}, {@code report}, …
 * @param entityId the entity's id
 * @param unitId the unit the entity belongs to (the audit trail is scoped by it)
 * @param version the entity's version this change produced
 * @param action what was done ({@code RECORDED}, {@code CORRECTED}, {@code WITHDRAWN}, {@code
 *     SUBMITTED}, …)
 * @param actor the token's subject: a user name or a client id; a system actor for changes no
 *     person made
 * @param actorUnit the unit the actor's token is bound to; {@code null} for changes no request made
 * @param at when
 * @param changes field → {@code [before, after]}
 */
public record AuditRecorded(
    String id,
    String service,
    String entityType,
    String entityId,
    String unitId,
    long version,
    String action,
    String actor,
    String actorUnit,
    Instant at,
    Map<String, List<Object>> changes) {

  public static String idOf(String service, String entityType, String entityId, long version) {
    return service + ":" + entityType + ":" + entityId + ":" + version;
  }
}
