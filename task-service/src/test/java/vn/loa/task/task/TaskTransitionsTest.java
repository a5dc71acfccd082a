package vn.loa.task.task;

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
 * A task as its aggregate keeps it, without a service around it: created from a plan, progressed by
 * its unit, kept in step with the plan's revisions (a change of nothing writes nothing), cancelled
 * when the plan no longer asks for it — done work stays done.
 */
class TaskTransitionsTest {

  static final Instant T0 = Instant.parse("2025-08-01T02:00:00Z");
  final OutboxEvents events =
      new OutboxEvents(
          new EventCodec(JsonMapper.builder().build(), "task-service"),
          Clock.fixed(T0, ZoneOffset.UTC));

  static TaskDerivation.Spec spec(LocalDate due, String... duties) {
    return new TaskDerivation.Spec(
        "t-p-1.vp.lead",
        "hp-kim-thanh-vp",
        "LEAD",
        "Kế hoạch tuyên truyền CCHC",
        List.of(duties),
        "DATE",
        null,
        due);
  }

  Task created() {
    return Task.create(
        spec(LocalDate.of(2025, 9, 30), "Tổ chức hội nghị"), "p-1", 1, "plan", T0, events);
  }

  @Test
  void a_task_from_a_plan_starts_not_started_and_is_announced() {
    Task t = created();
    assertThat(t.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(t.version()).isEqualTo(1);
    assertThat(t.outbox()).extracting(PendingEvent::type).containsExactly("loa.task.changed");
    assertThat(t.auditTrail()).extracting(a -> a.action()).containsExactly("CREATED");
  }

  @Test
  void done_is_dated_once_and_stays_dated_when_the_note_changes() {
    Task done =
        created()
            .progress(TaskStatus.DONE, "Đã tổ chức", LocalDate.of(2025, 9, 12), "vp", T0, events);
    assertThat(done.completedOn()).isEqualTo(LocalDate.of(2025, 9, 12));
    Task noted =
        done.progress(
            TaskStatus.DONE, "Đã tổ chức 2 hội nghị", LocalDate.of(2025, 9, 20), "vp", T0, events);
    assertThat(noted.completedOn())
        .as("the day it was done, not the day of the note")
        .isEqualTo(LocalDate.of(2025, 9, 12));
    assertThat(noted.note()).isEqualTo("Đã tổ chức 2 hội nghị");
    Task reopened =
        noted.progress(TaskStatus.IN_PROGRESS, null, LocalDate.of(2025, 9, 21), "vp", T0, events);
    assertThat(reopened.completedOn()).isNull();
    assertThat(reopened.note()).as("kept when none is sent").isEqualTo("Đã tổ chức 2 hội nghị");
  }

  @Test
  void the_same_revision_again_writes_nothing_and_a_changed_one_keeps_the_units_progress() {
    Task started =
        created()
            .progress(
                TaskStatus.IN_PROGRESS,
                "Đang chuẩn bị",
                LocalDate.of(2025, 8, 5),
                "vp",
                T0,
                events);
    assertThat(
            started.reconcile(
                spec(LocalDate.of(2025, 9, 30), "Tổ chức hội nghị"), 2, "plan", T0, events))
        .as("nothing the plan decides changed")
        .isSameAs(started);
    Task moved =
        started.reconcile(
            spec(LocalDate.of(2025, 10, 31), "Tổ chức hội nghị"), 2, "plan", T0, events);
    assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2025, 10, 31));
    assertThat(moved.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(moved.note()).isEqualTo("Đang chuẩn bị");
    assertThat(moved.version()).isEqualTo(started.version() + 1);
    assertThat(moved.auditTrail().getLast().action()).isEqualTo("CHANGED_BY_PLAN");
  }

  @Test
  void
      a_cancelled_task_cannot_be_progressed_a_done_one_is_not_cancelled_and_a_plan_can_restore_it() {
    Task cancelled = created().cancel("removed-by-amendment", "plan", T0, events);
    assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(cancelled.cancelledReason()).isEqualTo("removed-by-amendment");
    assertThatThrownBy(
            () ->
                cancelled.progress(
                    TaskStatus.DONE, null, LocalDate.of(2025, 9, 1), "vp", T0, events))
        .satisfies(e -> assertThat(((ProblemException) e).kind()).isEqualTo("task-cancelled"));
    assertThat(cancelled.cancel("plan-revoked", "plan", T0, events)).as("once").isSameAs(cancelled);

    Task done =
        created().progress(TaskStatus.DONE, null, LocalDate.of(2025, 9, 1), "vp", T0, events);
    assertThat(done.cancel("plan-revoked", "plan", T0, events))
        .as("done work stays done")
        .isSameAs(done);

    Task restored =
        cancelled.reconcile(
            spec(LocalDate.of(2025, 9, 30), "Tổ chức hội nghị"), 3, "plan", T0, events);
    assertThat(restored.status()).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(restored.cancelledReason()).isNull();
    assertThat(restored.auditTrail().getLast().action()).isEqualTo("RESTORED_BY_PLAN");
  }
}
