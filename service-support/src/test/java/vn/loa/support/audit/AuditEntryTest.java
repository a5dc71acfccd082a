package vn.loa.support.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the audit trail keeps of a change: only the fields that changed, before and after, and a
 * nested part (an assignment of a plan, with its due date) as its fields by name, so that the trail
 * reads in words and not as a record's {@code toString()}.
 */
class AuditEntryTest {

  enum Role {
    LEAD,
    COOPERATING
  }

  record Due(String kind, LocalDate date) {}

  record Assignment(String unitId, Role role, List<String> duties, Due due) {}

  record Content(String title, long version, List<Assignment> assignments) {}

  private record Frozen(Map<String, List<Long>> byCategory) {}

  record Report(String status, Frozen approved) {}

  @Test
  void only_changed_fields_are_kept_and_ignored_ones_never() {
    Content before = new Content("Kế hoạch", 1, List.of());
    Content after = new Content("Kế hoạch tuyên truyền", 2, List.of());
    assertThat(AuditEntry.diff(before, after, Set.of("version")))
        .containsExactly(Map.entry("title", List.of("Kế hoạch", "Kế hoạch tuyên truyền")));
  }

  @Test
  void a_nested_record_is_kept_as_its_fields_by_name_without_the_empty_ones() {
    Assignment lead =
        new Assignment(
            "hp-so-tu-phap", Role.LEAD, List.of(), new Due("DATE", LocalDate.of(2025, 12, 15)));
    Map<String, List<Object>> changes =
        AuditEntry.diff(
            new Content("Kế hoạch", 1, List.of()),
            new Content("Kế hoạch", 1, List.of(lead)),
            Set.of());
    assertThat(changes).containsOnlyKeys("assignments");
    assertThat(changes.get("assignments").get(0)).isEqualTo(List.of());
    assertThat(changes.get("assignments").get(1))
        .isEqualTo(
            List.of(
                Map.of(
                    "unitId",
                    "hp-so-tu-phap",
                    "role",
                    "LEAD",
                    "due",
                    Map.of("kind", "DATE", "date", "2025-12-15"))));
    assertThat(changes.toString()).doesNotContain("Assignment[", "Due[");
  }

  @Test
  void a_map_inside_a_private_record_is_kept_by_its_keys() {
    Map<String, List<Object>> changes =
        AuditEntry.diff(
            new Report("SUBMITTED", null),
            new Report("APPROVED", new Frozen(Map.of("BAO_CHI", List.of(12L, 3L)))),
            Set.of());
    assertThat(changes.get("approved"))
        .containsExactly(null, Map.of("byCategory", Map.of("BAO_CHI", List.of(12L, 3L))));
  }

  @Test
  void an_entry_keeps_the_changes_in_the_records_order() {
    record Activity(
        String unitId,
        String category,
        String occurredOn,
        String title,
        long quantity,
        long participants,
        String outlet,
        boolean withdrawn) {}
    Map<String, List<Object>> changes =
        AuditEntry.diff(
            new Activity("u1", "BROADCAST", "2025-08-01", "Phát thanh", 1, 0, "Đài xã", false),
            new Activity("u2", "VISUAL", "2025-08-02", "Pa-nô", 2, 10, "Trụ sở", true),
            Set.of());
    AuditEntry entry = new AuditEntry(2, "CORRECTED", "officer", java.time.Instant.EPOCH, changes);
    // Eight fields: an unordered map would give them in this order once in 40,320 runs.
    assertThat(entry.changes().keySet())
        .containsExactly(
            "unitId",
            "category",
            "occurredOn",
            "title",
            "quantity",
            "participants",
            "outlet",
            "withdrawn");
  }

  @Test
  void a_first_version_has_no_before() {
    Map<String, List<Object>> changes =
        AuditEntry.diff(null, new Content("Kế hoạch", 1, List.of()), Set.of("version"));
    assertThat(changes.get("title")).containsExactly(null, "Kế hoạch");
    assertThat(changes.get("assignments")).containsExactly(null, List.of());
  }
}
