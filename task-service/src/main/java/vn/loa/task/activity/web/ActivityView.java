package vn.loa.task.activity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.loa.task.activity.Activity;

/** An activity as the API shows it. */
record ActivityView(
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
    List<Activity.EvidenceFile> evidenceFiles,
    List<String> cooperatingUnitIds,
    String status,
    long version,
    Instant recordedAt,
    String recordedBy,
    Instant changedAt,
    String changedBy) {

  static ActivityView of(Activity a) {
    return new ActivityView(
        a.id(),
        a.unitId(),
        a.category(),
        a.occurredOn(),
        a.title(),
        a.quantity(),
        a.participants(),
        a.outlet(),
        a.taskId(),
        a.planId(),
        a.evidence(),
        a.evidenceFiles(),
        a.cooperatingUnitIds(),
        a.withdrawn() ? "WITHDRAWN" : "ACTIVE",
        a.version(),
        a.recordedAt(),
        a.recordedBy(),
        a.changedAt(),
        a.changedBy());
  }
}
