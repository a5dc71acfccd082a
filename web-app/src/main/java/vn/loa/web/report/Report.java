package vn.loa.web.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A periodic report as the API answers it ({@code /api/reports/{id}}). */
public record Report(
    String id,
    String unitId,
    List<String> receiverIds,
    String window,
    LocalDate from,
    LocalDate to,
    LocalDate deadline,
    String status,
    Narrative narrative,
    Map<String, List<Long>> figures,
    Map<String, List<Long>> approvedFigures,
    boolean changedAfterApproval,
    Instant submittedAt,
    Boolean onTime,
    String returnComment,
    String reviewedBy,
    long version) {

  /** The written parts, in the order of the seed reports. */
  public record Narrative(
      String guidance,
      String results,
      String assessment,
      String limitations,
      String difficulties,
      String directions,
      String proposals) {

    /** The parts by name, in the order the page shows them. */
    public Map<String, String> parts() {
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put("guidance", guidance);
      parts.put("results", results);
      parts.put("assessment", assessment);
      parts.put("limitations", limitations);
      parts.put("difficulties", difficulties);
      parts.put("directions", directions);
      parts.put("proposals", proposals);
      return parts;
    }
  }

  /** The unit may still write it: never sent, or sent back. */
  public boolean open() {
    return "DRAFT".equals(status) || "RETURNED".equals(status);
  }

  public boolean submitted() {
    return "SUBMITTED".equals(status);
  }

  /** Quantity, participants, activities of a category, as the API lists them. */
  public static long figure(List<Long> figures, int index) {
    return figures == null || figures.size() <= index || figures.get(index) == null
        ? 0
        : figures.get(index);
  }
}
