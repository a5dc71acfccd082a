package vn.loa.task.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an activity a user writes, when recording or correcting it: the body of {@code
 * POST} and {@code PUT /api/activities}. Server-owned fields (id, version, status, recorder,
 * timestamps) are not part of it, so a client sending them changes nothing.
 */
public record ActivityContent(
    String unitId,
    String category,
    LocalDate occurredOn,
    String title,
    Long quantity,
    Long participants,
    String outlet,
    String taskId,
    String planId,
    List<String> evidence,
    List<String> cooperatingUnitIds) {

  public ActivityContent {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
    title = title == null ? null : title.strip();
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }
}
