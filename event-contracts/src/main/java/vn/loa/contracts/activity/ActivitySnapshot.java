package vn.loa.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full state of one activity after a change. Every activity event carries it, so a consumer can
 * replace what it knew about the activity instead of applying a delta.
 *
 * @param id activity id (also the Kafka key)
 * @param unitId the recording unit; the count belongs to it and to its ancestors only
 * @param category category code, e.g. {@code BROADCAST}
 * @param occurredOn the day the activity took place
 * @param title what was done
 * @param quantity how many items (≥ 1)
 * @param participants people reached, {@code null} where it does not apply
 * @param outlet outlet or channel, e.g. {@code Đài truyền thanh xã}
 * @param taskId the task it fulfils, if any
 * @param planId the plan it implements, if any
 * @param evidence evidence references (URLs)
 * @param cooperatingUnitIds units that took part; they see the activity but do not count it
 * @param withdrawn {@code true} once withdrawn: it then counts for nothing
 * @param version 1 when recorded, +1 on every correction or withdrawal
 * @param recordedAt when it was first recorded
 * @param changedBy who made this version (person or client)
 */
public record ActivitySnapshot(
    String id,
    String unitId,
    String category,
    LocalDate occurredOn,
    String title,
    long quantity,
    Long participants,
    String outlet,
    String taskId,
    String planId,
    List<String> evidence,
    List<String> cooperatingUnitIds,
    boolean withdrawn,
    long version,
    Instant recordedAt,
    String changedBy) {}
