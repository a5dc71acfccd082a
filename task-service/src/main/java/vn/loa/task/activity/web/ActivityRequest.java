package vn.loa.task.activity.web;

import java.time.LocalDate;
import java.util.List;
import vn.loa.task.activity.ActivityContent;

/**
 * The body of {@code POST} and {@code PUT /api/activities}. Server-owned fields (id, version, status,
 * recorder, timestamps) are not part of it: a client sending them changes nothing.
 */
record ActivityRequest(
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

  ActivityContent content() {
    return new ActivityContent(
        unitId, category, occurredOn, title, quantity, participants, outlet, taskId, planId, evidence,
        cooperatingUnitIds);
  }
}
