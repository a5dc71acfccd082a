package vn.loa.web.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the form holds, as typed: numbers stay text until they are sent, so a refused form shows
 * exactly what the person wrote. {@code idempotencyKey} is made when the empty form is shown and
 * goes back with every submission of it.
 */
public class ActivityForm {

  private String unitId;
  private String category;
  private String occurredOn;
  private String title;
  private String quantity;
  private String participants;
  private String outlet;
  private String taskId;
  private String evidence;
  private String idempotencyKey;
  private long version;

  static ActivityForm of(Activity a) {
    ActivityForm f = new ActivityForm();
    f.unitId = a.unitId();
    f.category = a.category();
    f.occurredOn = a.occurredOn() == null ? null : a.occurredOn().toString();
    f.title = a.title();
    f.quantity = a.quantity() == null ? null : a.quantity().toString();
    f.participants = a.participants() == null ? null : a.participants().toString();
    f.outlet = a.outlet();
    f.taskId = a.taskId();
    f.evidence = a.evidence() == null || a.evidence().isEmpty() ? null : a.evidence().getFirst();
    f.version = a.version();
    return f;
  }

  /**
   * The request body of {@code POST}/{@code PUT /api/activities}; a number that is not one is sent
   * as typed, so the API names the field.
   */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", blankToNull(unitId));
    body.put("category", blankToNull(category));
    body.put("occurredOn", blankToNull(occurredOn));
    body.put("title", title);
    body.put("quantity", number(quantity));
    body.put("participants", number(participants));
    body.put("outlet", blankToNull(outlet));
    body.put("taskId", blankToNull(taskId));
    List<String> links = new ArrayList<>();
    if (evidence != null && !evidence.isBlank()) {
      links.add(evidence.strip());
    }
    body.put("evidence", links);
    return body;
  }

  private static Object number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.strip().replace(".", "").replace(",", "");
    try {
      return Long.valueOf(digits);
    } catch (NumberFormatException e) {
      return text.strip();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(String unitId) {
    this.unitId = unitId;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(String occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
