package vn.loa.task.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.support.web.ProblemException;

/**
 * An activity as its aggregate keeps it, without a service around it: recorded, corrected, given an
 * evidence file, withdrawn — each a new version with its audit entry and exactly one event of the
 * state it leaves, the recording unit and the first recording never changed.
 */
class ActivityTransitionsTest {

  static final Instant T0 = Instant.parse("2025-08-05T02:00:00Z");
  final OutboxEvents events =
      new OutboxEvents(
          new EventCodec(JsonMapper.builder().build(), "task-service"),
          Clock.fixed(T0, ZoneOffset.UTC));

  static ActivityContent broadcasts(String unit, long quantity) {
    return new ActivityContent(
        unit,
        "BROADCAST",
        LocalDate.of(2025, 8, 5),
        "Phát thanh chuyên mục CCHC",
        quantity,
        null,
        "Đài truyền thanh xã",
        null,
        null,
        List.of("https://kimthanh.haiphong.gov.vn/cchc/1"),
        List.of());
  }

  Activity recorded() {
    return Activity.record(
        "a-1", broadcasts("hp-kim-thanh", 12), "officer.kim-thanh", T0, "h", events);
  }

  @Test
  void a_recorded_activity_is_version_1_announced_once_and_audited() {
    Activity a = recorded();
    assertThat(a.version()).isEqualTo(1);
    assertThat(a.quantity()).isEqualTo(12);
    assertThat(a.recordedBy()).isEqualTo("officer.kim-thanh");
    assertThat(a.outbox()).extracting(PendingEvent::type).containsExactly("loa.activity.recorded");
    assertThat(a.outbox().getFirst().payload())
        .contains("\"quantity\":12")
        .contains("\"version\":1");
    assertThat(a.auditTrail()).extracting(e -> e.action()).containsExactly("RECORDED");
  }

  @Test
  void a_correction_changes_what_the_unit_wrote_but_never_the_unit_or_the_first_recording() {
    Activity a = recorded();
    Instant later = T0.plusSeconds(3600);
    Activity corrected = a.correct(broadcasts("hp-x001", 15), "officer.other", later, events);
    assertThat(corrected.unitId()).as("the recording unit never changes").isEqualTo("hp-kim-thanh");
    assertThat(corrected.quantity()).isEqualTo(15);
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.recordedAt()).isEqualTo(T0);
    assertThat(corrected.recordedBy()).isEqualTo("officer.kim-thanh");
    assertThat(corrected.changedAt()).isEqualTo(later);
    assertThat(corrected.changedBy()).isEqualTo("officer.other");
    assertThat(corrected.outbox())
        .as("only this change's event")
        .extracting(PendingEvent::type)
        .containsExactly("loa.activity.corrected");
    assertThat(corrected.auditTrail().getLast().changes())
        .containsKey("quantity")
        .doesNotContainKey("unitId");
  }

  @Test
  void an_evidence_file_is_a_new_version_and_a_withdrawn_activity_takes_no_more_changes() {
    Activity withFile =
        recorded()
            .attach(
                new Activity.EvidenceFile("f-1", "anh.jpg", "image/jpeg", 1_024),
                "officer.kim-thanh",
                T0,
                events);
    assertThat(withFile.evidenceFiles())
        .extracting(Activity.EvidenceFile::name)
        .containsExactly("anh.jpg");
    assertThat(withFile.snapshot().evidence()).contains("/api/activities/a-1/evidence/f-1");
    assertThat(withFile.auditTrail().getLast().action()).isEqualTo("EVIDENCE_ADDED");

    Activity gone = withFile.withdraw("officer.kim-thanh", T0, events);
    assertThat(gone.withdrawn()).isTrue();
    assertThat(gone.version()).isEqualTo(3);
    assertThat(gone.evidenceFiles()).as("kept").hasSize(1);
    assertThat(gone.outbox())
        .extracting(PendingEvent::type)
        .containsExactly("loa.activity.withdrawn");
    assertThatThrownBy(
            () -> gone.correct(broadcasts("hp-kim-thanh", 1), "officer.kim-thanh", T0, events))
        .satisfies(e -> assertThat(((ProblemException) e).kind()).isEqualTo("withdrawn"));
    assertThatThrownBy(
            () ->
                gone.attach(
                    new Activity.EvidenceFile("f-2", "b.jpg", "image/jpeg", 1), "x", T0, events))
        .isInstanceOf(ProblemException.class);
  }
}
