package vn.loa.web.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity as the API answers it ({@code /api/activities/{id}}). */
public record Activity(
    String id,
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
    List<EvidenceFile> evidenceFiles,
    String status,
    long version,
    Instant recordedAt,
    String recordedBy) {

  /** A file attached as evidence. */
  public record EvidenceFile(String fileId, String name, long size, String contentType) {}

  public boolean withdrawn() {
    return "WITHDRAWN".equals(status);
  }

  /** The calendar quarter of the activity's date, as the API names periods ({@code 2026Q4}). */
  public String quarter() {
    return occurredOn.getYear() + "Q" + ((occurredOn.getMonthValue() - 1) / 3 + 1);
  }
}
