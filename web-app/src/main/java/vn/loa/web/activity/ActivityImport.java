package vn.loa.web.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import of activities from a file ({@code GET /api/activities/imports/{id}}): where it stands,
 * what it recorded, and each refused row with its reasons.
 */
public record ActivityImport(
    String id,
    String fileName,
    String format,
    String status,
    long totalRows,
    long processedRows,
    long accepted,
    long created,
    long duplicates,
    long rejectedCount,
    List<Rejection> rejections,
    String failure,
    Instant createdAt,
    Instant finishedAt) {

  /** A refused row: its number in the file (the header is row 1) and each reason. */
  public record Rejection(long row, List<Map<String, String>> errors) {}

  /** Still queued or being read: the page looks again shortly. */
  public boolean underWay() {
    return "QUEUED".equals(status) || "RUNNING".equals(status);
  }
}
