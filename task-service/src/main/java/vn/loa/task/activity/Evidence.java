package vn.loa.task.activity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import vn.loa.support.messaging.Aggregates;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.web.Problems;

/**
 * Evidence files (photos of banners, scans of leaflets, PDFs of articles, clips) kept durably in
 * GridFS and attached to an activity as a new version. The type is decided from the file's first
 * bytes, not from what the client claims.
 */
@Service
public class Evidence {

  static final DataSize MAX_SIZE = DataSize.ofMegabytes(10);

  private final GridFsTemplate files;
  private final Activities activities;
  private final Aggregates aggregates;
  private final OutboxEvents events;
  private final Clock clock;

  Evidence(
      GridFsTemplate files,
      Activities activities,
      Aggregates aggregates,
      OutboxEvents events,
      Clock clock) {
    this.files = files;
    this.activities = activities;
    this.aggregates = aggregates;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores a file of {@code size} bytes, streamed from {@code content} (never held in memory
   * whole), and attaches it to the activity; returns the activity's new version.
   */
  public Activity attach(
      String activityId,
      String fileName,
      long size,
      InputStream content,
      Long expectedVersion,
      String caller)
      throws IOException {
    Activity current = activities.get(activityId);
    if (expectedVersion != null && current.version() != expectedVersion) {
      throw Problems.staleVersion(current.version());
    }
    if (size == 0) {
      throw Problems.invalid("file", "empty-file");
    }
    if (size > MAX_SIZE.toBytes()) {
      throw Problems.tooLarge(MAX_SIZE.toBytes());
    }
    BufferedInputStream in = new BufferedInputStream(content);
    in.mark(HEAD);
    String type = type(fileName, in.readNBytes(HEAD));
    in.reset();
    if (current.withdrawn()) {
      throw Problems.conflict("withdrawn", activityId);
    }
    String name = safeName(fileName);
    ObjectId id = files.store(in, name, type, new Document("activityId", activityId));
    Activity attached =
        current.attach(
            new Activity.EvidenceFile(id.toHexString(), name, type, size),
            caller,
            clock.instant(),
            events);
    if (!aggregates.replace(attached, current.version())) {
      files.delete(new Query(Criteria.where("_id").is(id)));
      throw Problems.staleVersion(activities.get(activityId).version());
    }
    return attached;
  }

  /** A stored evidence file of the activity. */
  public record File(Activity.EvidenceFile info, Resource content) {}

  public File read(String activityId, String fileId) {
    Activity activity = activities.get(activityId);
    Activity.EvidenceFile info =
        activity.evidenceFiles().stream()
            .filter(f -> f.fileId().equals(fileId))
            .findFirst()
            .orElseThrow(() -> Problems.notFound("evidence", fileId));
    var stored = files.findOne(new Query(Criteria.where("_id").is(new ObjectId(fileId))));
    if (stored == null) {
      throw Problems.notFound("evidence", fileId);
    }
    return new File(info, files.getResource(stored));
  }

  /** Bytes enough to recognise every accepted type. */
  private static final int HEAD = 16;

  /** The longest file name kept. */
  static final int MAX_NAME = 200;

  /**
   * The name a file is kept and offered for download under: the last segment of what the client
   * sent (no folders of either kind of slash), without control characters, at most {@link
   * #MAX_NAME} characters; {@code minh-chung} when nothing is left.
   */
  static String safeName(String fileName) {
    if (fileName == null) {
      return "minh-chung";
    }
    String last =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    StringBuilder name = new StringBuilder();
    last.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF')
        .forEach(name::appendCodePoint);
    String clean = name.toString().strip();
    if (clean.length() > MAX_NAME) {
      clean = clean.substring(clean.length() - MAX_NAME); // keep the extension
    }
    return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "minh-chung" : clean;
  }

  /** JPEG, PNG, PDF, MP4, DOCX or XLSX, recognised by their first bytes. */
  static String type(String fileName, byte[] b) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    if (b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return "video/mp4";
    }
    if (starts(b, 'P', 'K', 3, 4) && name.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (starts(b, 'P', 'K', 3, 4) && name.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    throw Problems.invalid("file", "file-type", "JPEG, PNG, PDF, MP4, DOCX, XLSX");
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
