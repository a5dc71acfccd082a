package vn.loa.task.activity.importing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.support.web.FieldViolation;

/**
 * One import: its file (kept in GridFS until done), progress and outcome.
 *
 * @param created activities recorded by this import
 * @param duplicates rows already imported before (the same file, or the same row of it, again)
 * @param rejectedCount rows refused; the first {@link Imports#MAX_KEPT_REJECTIONS} are kept with
 *     reasons
 * @param totalRows the file's data rows, counted when it was accepted (0 for imports accepted
 *     before they were counted): with {@code processedRows}, the progress
 */
@Document("imports")
public record ImportJob(
    @Id String id,
    String fileName,
    String format,
    String fileHash,
    Object fileId,
    Status status,
    long processedRows,
    long created,
    long duplicates,
    long rejectedCount,
    List<Rejection> rejections,
    String failure,
    String createdBy,
    Instant createdAt,
    Instant finishedAt,
    String scopeUnitId,
    long totalRows) {

  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /** A refused row: its number in the file (the header is row 1) and every reason. */
  public record Rejection(long row, List<FieldViolation> errors) {}

  public ImportJob {
    rejections = rejections == null ? List.of() : List.copyOf(rejections);
  }
}
