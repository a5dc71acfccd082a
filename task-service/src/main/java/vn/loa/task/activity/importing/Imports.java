package vn.loa.task.activity.importing;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import vn.loa.spreadsheet.SpreadsheetText;
import vn.loa.support.security.UnitScope;
import vn.loa.support.web.FieldViolation;
import vn.loa.support.web.Problems;
import vn.loa.support.web.Violations;
import vn.loa.task.activity.ActivityContent;
import vn.loa.task.activity.ActivityImporter;

/**
 * Accepts an import file (checked at once: type, size, encoding, columns), keeps it in GridFS and
 * processes it in the background: rows are checked like single activities and recorded in batches.
 * Each row's activity id derives from the file's hash and the row number, so importing the same
 * file again — or resuming an import after a crash, which happens at start-up — creates nothing
 * twice.
 */
@Service
public class Imports {

  static final int MAX_KEPT_REJECTIONS = 10_000;
  static final int BATCH = 1_000;

  /**
   * Files checked at once on upload (each check holds at most one row and, for XLSX, its shared
   * strings).
   */
  static final int CHECKS_AT_ONCE = 2;

  /** How long an upload waits for a check slot before it is answered 503. */
  static final Duration CHECK_WAIT = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(Imports.class);
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final MongoTemplate mongo;
  private final GridFsTemplate files;
  private final ActivityImporter importer;
  private final Clock clock;
  private final FairWorkers workers = new FairWorkers(2, "import-");
  private final Semaphore checks = new Semaphore(CHECKS_AT_ONCE, true);

  private final UnitScope scope;

  Imports(
      MongoTemplate mongo,
      GridFsTemplate files,
      ActivityImporter importer,
      Clock clock,
      UnitScope scope) {
    this.scope = scope;
    this.mongo = mongo;
    this.files = files;
    this.importer = importer;
    this.clock = clock;
  }

  enum Format {
    CSV,
    XLSX
  }

  /**
   * Checks the file, stores it and queues it; returns the queued job. Every row's unit must lie
   * within {@code scopeUnitId}'s subtree (the importing caller's scope), or the row is refused.
   *
   * <p>The file is on disk ({@code file}, the upload's own temporary file), never in memory: it is
   * read once, streaming, against {@link ImportLimits} — type, encoding, columns, rows, cell
   * length, and for XLSX the package's parts and inflated size — and refused with a problem naming
   * the limit before anything is stored. At most {@link #CHECKS_AT_ONCE} files are checked at once.
   */
  public ImportJob accept(String fileName, Path file, String caller, String scopeUnitId) {
    Format format = format(fileName, file);
    String hash;
    long rows = 0;
    if (!acquireCheck()) {
      throw Problems.overloaded();
    }
    try (InputStream digesting = new DigestInputStream(Files.newInputStream(file), sha256());
        Rows reader = open(format, file, digesting)) {
      List<String> header = reader.next();
      if (header == null) {
        throw Problems.invalid("file", "empty-file");
      }
      ImportColumns.Layout layout = ImportColumns.layout(header);
      if (!layout.missing().isEmpty()) {
        throw Problems.invalid("file", "missing-columns", String.join(", ", layout.missing()));
      }
      for (List<String> cells; (cells = reader.next()) != null; ) {
        if (!cells.stream().allMatch(String::isBlank) && ++rows > ImportLimits.MAX_ROWS) {
          throw ImportLimits.rows();
        }
      }
      digesting.transferTo(
          OutputStream.nullOutputStream()); // an XLSX is read by the zip reader, not this stream
      hash = HexFormat.of().formatHex(((DigestInputStream) digesting).getMessageDigest().digest());
    } catch (ImportLimits.Exceeded e) {
      throw e.problem();
    } catch (MalformedInputException e) {
      throw Problems.invalid("file", "encoding");
    } catch (IOException e) {
      throw Problems.invalid("file", "unreadable", format);
    } finally {
      checks.release();
    }
    ObjectId fileId;
    try (InputStream content = Files.newInputStream(file)) {
      fileId = files.store(content, fileName, format == Format.CSV ? "text/csv" : XLSX_TYPE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportJob job =
        new ImportJob(
            "imp-" + UUID.randomUUID(),
            fileName,
            format.name(),
            hash,
            fileId,
            ImportJob.Status.QUEUED,
            0,
            0,
            0,
            0,
            List.of(),
            null,
            caller,
            clock.instant(),
            null,
            scopeUnitId,
            rows);
    mongo.insert(job);
    workers.submit(job.scopeUnitId(), () -> run(job.id()));
    return job;
  }

  /** Waits up to {@link #CHECK_WAIT} for one of the check slots. */
  private boolean acquireCheck() {
    try {
      return checks.tryAcquire(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public ImportJob get(String id) {
    ImportJob job = mongo.findById(id, ImportJob.class);
    if (job == null) {
      throw Problems.notFound("import", id);
    }
    return job;
  }

  /**
   * Imports interrupted by a stop or a crash are resumed: their rows' ids make the rerun harmless.
   */
  @EventListener(ApplicationReadyEvent.class)
  void resume() {
    mongo
        .find(
            new Query(
                Criteria.where("status").in(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)),
            ImportJob.class)
        .forEach(job -> workers.submit(job.scopeUnitId(), () -> run(job.id())));
  }

  /** CSV or XLSX, by name and by the first bytes (an XLSX is a zip; a CSV has no NUL byte). */
  private static Format format(String fileName, Path file) {
    String name = fileName == null ? "" : fileName.toLowerCase();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean zip =
        head.length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if (name.endsWith(".xlsx") && zip) {
      return Format.XLSX;
    }
    if (name.endsWith(".csv") && !zip && !looksBinary(head)) {
      return Format.CSV;
    }
    throw Problems.invalid("file", "file-type", "CSV, XLSX");
  }

  private static boolean looksBinary(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of {@code file}: a CSV is read from {@code stream}, an XLSX from the file (a zip needs
   * it).
   */
  private static Rows open(Format format, Path file, InputStream stream) throws IOException {
    return format == Format.CSV ? new CsvRows(stream) : new XlsxRows(file);
  }

  void run(String jobId) {
    ImportJob job = get(jobId);
    mongo.updateFirst(
        byId(jobId), new Update().set("status", ImportJob.Status.RUNNING), ImportJob.class);
    GridFSFile file = files.findOne(new Query(Criteria.where("_id").is(job.fileId())));
    Path local = null;
    long processed = 0;
    long created = 0;
    long duplicates = 0;
    long rejected = 0;
    List<ImportJob.Rejection> kept = new ArrayList<>();
    ActivityImporter.Batch batch = importer.batch(job.createdBy());
    try {
      local = Files.createTempFile("loa-import-", "." + job.format().toLowerCase());
      try (InputStream stored = files.getResource(file).getInputStream()) {
        Files.copy(stored, local, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      fail(jobId, e, 0, 0, 0, 0, List.of());
      deleteQuietly(local);
      return;
    }
    try (InputStream in = Files.newInputStream(local);
        Rows rows = open(Format.valueOf(job.format()), local, in)) {
      ImportColumns.Layout layout = ImportColumns.layout(rows.next());
      long rowNumber = 1;
      List<String> cells;
      while ((cells = rows.next()) != null) {
        rowNumber++;
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rowNumber > ImportLimits.MAX_ROWS + 1) {
          throw ImportLimits.rows();
        }
        Violations v = new Violations();
        ActivityContent content = content(cells, layout, v);
        if (content.unitId() != null
            && job.scopeUnitId() != null
            && !scope.covers(job.scopeUnitId(), content.unitId())) {
          v.add("unitId", "outside-scope");
        }
        List<FieldViolation> errors = batch.add(job.fileHash() + ":" + rowNumber, content, v);
        if (!errors.isEmpty()) {
          rejected++;
          if (kept.size() < MAX_KEPT_REJECTIONS) {
            kept.add(new ImportJob.Rejection(rowNumber, errors));
          }
        }
        processed++;
        if (batch.size() >= BATCH) {
          ActivityImporter.Outcome outcome = batch.flush();
          created += outcome.created();
          duplicates += outcome.duplicates();
          progress(jobId, processed, created, duplicates, rejected);
        }
      }
      ActivityImporter.Outcome outcome = batch.flush();
      created += outcome.created();
      duplicates += outcome.duplicates();
      mongo.updateFirst(
          byId(jobId),
          progressUpdate(processed, created, duplicates, rejected)
              .set("status", ImportJob.Status.DONE)
              .set("rejections", kept)
              .set("finishedAt", clock.instant()),
          ImportJob.class);
      files.delete(new Query(Criteria.where("_id").is(job.fileId())));
    } catch (IOException | RuntimeException e) {
      fail(jobId, e, processed, created, duplicates, rejected, kept);
    } finally {
      deleteQuietly(local);
    }
  }

  private void fail(
      String jobId,
      Exception e,
      long processed,
      long created,
      long duplicates,
      long rejected,
      List<ImportJob.Rejection> kept) {
    log.warn("Import {} failed: {}", jobId, e.toString());
    mongo.updateFirst(
        byId(jobId),
        progressUpdate(processed, created, duplicates, rejected)
            .set("status", ImportJob.Status.FAILED)
            .set("failure", e.getMessage())
            .set("rejections", kept)
            .set("finishedAt", clock.instant()),
        ImportJob.class);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not delete {}: {}", file, e.toString());
      }
    }
  }

  private void progress(
      String jobId, long processed, long created, long duplicates, long rejected) {
    mongo.updateFirst(
        byId(jobId), progressUpdate(processed, created, duplicates, rejected), ImportJob.class);
  }

  private static Update progressUpdate(
      long processed, long created, long duplicates, long rejected) {
    return new Update()
        .set("processedRows", processed)
        .set("created", created)
        .set("duplicates", duplicates)
        .set("rejectedCount", rejected);
  }

  private static Query byId(String id) {
    return new Query(Criteria.where("_id").is(id));
  }

  /** One row as activity content; cells that cannot be read are reported on {@code v}. */
  static ActivityContent content(List<String> cells, ImportColumns.Layout layout, Violations v) {
    String unit = cell(cells, layout, ImportColumns.UNIT, v);
    String category = cell(cells, layout, ImportColumns.CATEGORY, v);
    String date = cell(cells, layout, ImportColumns.DATE, v);
    String title = cell(cells, layout, ImportColumns.TITLE, v);
    String quantity = cell(cells, layout, ImportColumns.QUANTITY, v);
    String participants = cell(cells, layout, ImportColumns.PARTICIPANTS, v);
    String outlet = cell(cells, layout, ImportColumns.OUTLET, v);
    String evidence = cell(cells, layout, ImportColumns.EVIDENCE, v);
    return new ActivityContent(
        unit,
        category == null ? null : category.toUpperCase(),
        date(date, v),
        title,
        number(ImportColumns.QUANTITY, quantity, v),
        number(ImportColumns.PARTICIPANTS, participants, v),
        outlet,
        cell(cells, layout, ImportColumns.TASK, v),
        cell(cells, layout, ImportColumns.PLAN, v),
        evidence == null
            ? List.of()
            : Arrays.stream(evidence.split("[\\s;]+")).filter(s -> !s.isBlank()).toList(),
        List.of());
  }

  /**
   * A cell's text; {@code null} when empty. A cell that a spreadsheet would run as a formula
   * ({@code =}, {@code +}, {@code @}, or {@code -} followed by something other than a space or a
   * digit) is refused: it could execute in whoever opens an export of this data.
   */
  private static String cell(
      List<String> cells, ImportColumns.Layout layout, ImportColumns column, Violations v) {
    Integer at = layout.index().get(column);
    if (at == null || at >= cells.size()) {
      return null;
    }
    String value = cells.get(at).strip();
    if (value.isEmpty()) {
      return null;
    }
    if (SpreadsheetText.looksLikeFormula(value)) {
      v.add(column.field, "formula");
      return null;
    }
    return value;
  }

  private static LocalDate date(String value, Violations v) {
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{5}")) {
        return XlsxRows.fromSerial(Long.parseLong(value));
      }
      return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      v.add("occurredOn", "type");
      return null;
    }
  }

  private static Long number(ImportColumns column, String value, Violations v) {
    if (value == null) {
      return null;
    }
    // Whole numbers only, thousands grouped by '.', ',' or a space (12.000): "1,5" is not one and a
    // half.
    if (!value.matches("\\d{1,3}([., ]\\d{3})+|\\d{1,12}")) {
      v.add(column.field, "type");
      return null;
    }
    return Long.parseLong(value.replaceAll("[., ]", ""));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
