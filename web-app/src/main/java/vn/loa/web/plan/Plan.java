package vn.loa.web.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as {@code GET /api/plans/{id}} shows it: its content and where it stands. */
public record Plan(
    String id,
    String number,
    String type,
    String issuerId,
    LocalDate issuedOn,
    String place,
    String title,
    Coverage coverage,
    List<Citation> basis,
    List<String> purposes,
    List<String> requirements,
    List<ContentItem> contentItems,
    List<Form> forms,
    List<Assignment> assignments,
    Reporting reporting,
    List<Target> targets,
    List<String> addressees,
    LocalDate implementationDeadline,
    List<String> recipients,
    Signer signer,
    String status,
    long version,
    int revision) {

  public Plan {
    basis = list(basis);
    purposes = list(purposes);
    requirements = list(requirements);
    contentItems = list(contentItems);
    forms = list(forms);
    assignments = list(assignments);
    targets = list(targets);
    addressees = list(addressees);
    recipients = list(recipients);
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  public boolean draft() {
    return "DRAFT".equals(status);
  }

  public record Coverage(LocalDate from, LocalDate to) {}

  public record Citation(String planId, String citation) {}

  public record ContentItem(String label, String text, String audience) {}

  public record Form(String text, List<String> categories, String responsible, String timing) {
    public Form {
      categories = list(categories);
    }
  }

  public record Assignment(String unitId, String role, List<String> duties, Due due) {
    public Assignment {
      duties = list(duties);
    }
  }

  public record Due(String kind, LocalDate date, String every) {}

  public record Reporting(
      List<String> windows,
      DeadlineRule deadlineRule,
      List<String> recipients,
      List<String> receiverIds,
      List<String> owedBy,
      Boolean quartersFolded) {
    public Reporting {
      windows = list(windows);
      recipients = list(recipients);
      receiverIds = list(receiverIds);
      owedBy = list(owedBy);
    }
  }

  public record DeadlineRule(String kind, Integer day, Integer days, String wording) {}

  public record Target(String indicator, String value, String indicatorCode, Long quantity) {}

  public record Signer(String authority, String title, String name) {}
}
