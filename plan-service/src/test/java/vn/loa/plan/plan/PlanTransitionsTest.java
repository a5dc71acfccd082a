package vn.loa.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;

/**
 * The life of a plan as its aggregate keeps it, without a service around it: draft → issued →
 * amended → revoked, each step versioned, audited and announced (or not), and the steps a status
 * does not allow refused.
 */
class PlanTransitionsTest {

  static final Instant T0 = Instant.parse("2025-07-31T02:00:00Z");
  final OutboxEvents events =
      new OutboxEvents(
          new EventCodec(JsonMapper.builder().build(), "plan-service"),
          Clock.fixed(T0, ZoneOffset.UTC));

  static PlanContent content(String title) {
    return new PlanContent(
        "58/KH-NV",
        "KE_HOACH",
        "hp-sngv",
        LocalDate.of(2025, 7, 31),
        "Hải Phòng",
        title,
        new PlanContent.Coverage(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        null,
        List.of(),
        null,
        List.of());
  }

  static Plan draft() {
    return Plan.draft(
        "p-1", content("Tuyên truyền CCHC 6 tháng cuối năm 2025"), "officer.sngv", T0, "h");
  }

  static String kind(Throwable e) {
    return ((PlanStateException) e).kind();
  }

  @Test
  void a_draft_is_version_1_revision_0_audited_and_announces_nothing() {
    Plan d = draft();
    assertThat(d.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(d.version()).isEqualTo(1);
    assertThat(d.revision()).isZero();
    assertThat(d.outbox()).isEmpty();
    assertThat(d.auditTrail())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo("DRAFTED");
              assertThat(a.by()).isEqualTo("officer.sngv");
            });
  }

  @Test
  void editing_a_draft_changes_it_quietly_and_an_issued_plan_cannot_be_edited() {
    Plan edited =
        draft().edit(content("Tuyên truyền CCHC (dự thảo 2)"), "officer.sngv", T0.plusSeconds(60));
    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.revision()).isZero();
    assertThat(edited.content().title()).isEqualTo("Tuyên truyền CCHC (dự thảo 2)");
    assertThat(edited.outbox()).as("drafts are never published").isEmpty();
    assertThat(edited.auditTrail())
        .extracting(a -> a.action())
        .containsExactly("DRAFTED", "EDITED");

    Plan issued = edited.issue("officer.sngv", T0, events);
    assertThatThrownBy(() -> issued.edit(content("x"), "officer.sngv", T0))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-not-draft"));
  }

  @Test
  void issuing_makes_revision_1_and_announces_it_once() {
    Plan issued = draft().issue("officer.sngv", T0, events);
    assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
    assertThat(issued.revision()).isEqualTo(1);
    assertThat(issued.version()).isEqualTo(2);
    assertThat(issued.history())
        .singleElement()
        .satisfies(r -> assertThat(r.revision()).isEqualTo(1));
    assertThat(issued.outbox()).extracting(PendingEvent::type).containsExactly("loa.plan.issued");
    assertThat(issued.outbox().getFirst().key()).isEqualTo("p-1");
    assertThatThrownBy(() -> issued.issue("officer.sngv", T0, events))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-not-draft"));
  }

  @Test
  void an_amendment_is_a_new_revision_and_the_issued_one_stays_as_it_was() {
    Plan issued = draft().issue("officer.sngv", T0, events);
    Plan amended =
        issued.amend(
            content("Tuyên truyền CCHC (sửa đổi)"), "officer.sngv", T0.plusSeconds(3600), events);
    assertThat(amended.revision()).isEqualTo(2);
    assertThat(amended.version()).isEqualTo(3);
    assertThat(amended.history())
        .extracting(r -> r.content().title())
        .containsExactly("Tuyên truyền CCHC 6 tháng cuối năm 2025", "Tuyên truyền CCHC (sửa đổi)");
    assertThat(amended.outbox())
        .as("only this change's event")
        .extracting(PendingEvent::type)
        .containsExactly("loa.plan.amended");
    assertThatThrownBy(() -> draft().amend(content("x"), "officer.sngv", T0, events))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-not-issued"));
  }

  @Test
  void a_revoked_plan_keeps_the_day_and_reason_and_can_be_neither_amended_nor_revoked_again() {
    Plan revoked =
        draft()
            .issue("officer.sngv", T0, events)
            .revoke(
                LocalDate.of(2025, 10, 1),
                "Thay thế bằng kế hoạch năm 2026",
                "officer.sngv",
                T0,
                events);
    assertThat(revoked.status()).isEqualTo(PlanStatus.REVOKED);
    assertThat(revoked.revokedOn()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(revoked.revocationReason()).isEqualTo("Thay thế bằng kế hoạch năm 2026");
    assertThat(revoked.revision()).as("revoking is not a revision").isEqualTo(1);
    assertThat(revoked.outbox()).extracting(PendingEvent::type).containsExactly("loa.plan.revoked");
    assertThat(revoked.auditTrail())
        .extracting(a -> a.action())
        .containsExactly("DRAFTED", "ISSUED", "REVOKED");
    assertThatThrownBy(() -> revoked.amend(content("x"), "officer.sngv", T0, events))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-revoked"));
    assertThatThrownBy(
            () -> revoked.revoke(LocalDate.of(2025, 10, 2), "x", "officer.sngv", T0, events))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-revoked"));
    assertThatThrownBy(
            () -> draft().revoke(LocalDate.of(2025, 10, 2), "x", "officer.sngv", T0, events))
        .satisfies(e -> assertThat(kind(e)).isEqualTo("plan-not-issued"));
  }
}
