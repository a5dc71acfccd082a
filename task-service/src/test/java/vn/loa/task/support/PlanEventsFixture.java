package vn.loa.task.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.loa.contracts.EventType;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.TopicWriter;

/**
 * Plays plan-service: publishes plan revisions as {@code loa.plan.*} events, duplicates and all.
 */
public final class PlanEventsFixture {

  private final EventCodec codec;

  public PlanEventsFixture(EventCodec codec) {
    this.codec = codec;
  }

  public static PlanContent.Assignment assignment(
      String unit, String role, PlanContent.Due due, String... duties) {
    return new PlanContent.Assignment(unit, role, List.of(duties), due);
  }

  public static PlanContent.Due continuous() {
    return new PlanContent.Due("CONTINUOUS", null, null);
  }

  public static PlanContent.Due every(String recurrence) {
    return new PlanContent.Due("RECURRING", null, recurrence);
  }

  public static PlanContent.Due on(String day) {
    return new PlanContent.Due("DATE", LocalDate.parse(day), null);
  }

  /** A plan of the second half of 2025 with these assignments. */
  public static PlanContent content(String issuer, List<PlanContent.Assignment> assignments) {
    return new PlanContent(
        "58/KH-NV",
        "KE_HOACH",
        issuer,
        LocalDate.of(2025, 7, 31),
        "Hải Phòng",
        "Tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025",
        new PlanContent.Coverage(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        assignments,
        null,
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        null,
        List.of());
  }

  public static PlanSnapshot issued(String id, int revision, long version, PlanContent content) {
    return new PlanSnapshot(id, revision, "ISSUED", content, Instant.now(), null, version);
  }

  public static PlanSnapshot revoked(String id, int revision, long version, PlanContent content) {
    return new PlanSnapshot(
        id, revision, "REVOKED", content, Instant.now(), LocalDate.of(2025, 10, 1), version);
  }

  public void publish(PlanSnapshot... plans) {
    try (TopicWriter writer = new TopicWriter()) {
      for (PlanSnapshot p : plans) {
        EventType<PlanSnapshot> type =
            "REVOKED".equals(p.status())
                ? PlanEvents.REVOKED
                : p.revision() == 1 ? PlanEvents.ISSUED : PlanEvents.AMENDED;
        writer.send(
            PlanEvents.TOPIC.name(),
            p.id(),
            codec.encode(codec.envelope(type, p.id(), p.version(), p, Instant.now())));
      }
    }
  }
}
