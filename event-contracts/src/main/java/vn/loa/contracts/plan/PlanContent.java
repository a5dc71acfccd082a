package vn.loa.contracts.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a plan document says (docs/domain.md; seeds 000–003). Lists are never {@code null}.
 *
 * @param number symbol and number, e.g. {@code 58/KH-NV}
 * @param type {@code KE_HOACH} (kế hoạch) or {@code QUYET_DINH} (quyết định)
 * @param issuerId the issuing unit
 * @param issuedOn date of issue ("ngày 31 tháng 7 năm 2025")
 * @param place place of issue ("Hải Phòng")
 * @param title the title under the document type
 * @param coverage the period the plan covers
 * @param basis căn cứ: the documents it implements, the parent plan linked by id
 * @param purposes mục đích
 * @param requirements yêu cầu
 * @param contentItems nội dung tuyên truyền, lettered a), b), ... optionally per audience
 * @param forms hình thức tuyên truyền, each mapped to activity categories
 * @param assignments phân công nhiệm vụ: per unit, its role, duties and timing
 * @param reporting chế độ báo cáo
 * @param targets chỉ tiêu
 * @param budgetSource kinh phí
 * @param addressees units that must implement the plan (each receives a directive)
 * @param implementationDeadline by when addressees must issue their implementing plans
 * @param recipients nơi nhận, as written
 * @param signer the signature block
 * @param appendix phụ lục: concrete tasks with lead, cooperating units and timeframe
 */
public record PlanContent(
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
    String budgetSource,
    List<String> addressees,
    LocalDate implementationDeadline,
    List<String> recipients,
    Signer signer,
    List<AppendixTask> appendix) {

  public PlanContent {
    basis = list(basis);
    purposes = list(purposes);
    requirements = list(requirements);
    contentItems = list(contentItems);
    forms = list(forms);
    assignments = list(assignments);
    targets = list(targets);
    addressees = list(addressees);
    recipients = list(recipients);
    appendix = list(appendix);
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The period covered, e.g. 1/7/2025–31/12/2025 for "6 tháng cuối năm 2025". */
  public record Coverage(LocalDate from, LocalDate to) {}

  /**
   * One basis (căn cứ).
   *
   * @param planId the cited plan when it is in Loa (the parent plan above all)
   * @param citation the citation as written, e.g. "Quyết định số 3041/QĐ-UBND ngày 26/7/2025 ..."
   */
  public record Citation(String planId, String citation) {}

  /**
   * One content item.
   *
   * @param label its letter or number as written, e.g. {@code a)}
   * @param audience for whom, where the plan splits content by audience (seed 002)
   */
  public record ContentItem(String label, String text, String audience) {}

  /**
   * One form of communication.
   *
   * @param categories activity category codes it is carried out as
   * @param responsible the unit responsible, as written ("Bộ phận thực hiện", seed 002)
   * @param timing when, as written ("Thường xuyên")
   */
  public record Form(String text, List<String> categories, String responsible, String timing) {

    public Form {
      categories = list(categories);
    }
  }

  /**
   * One unit's part.
   *
   * @param role {@code LEAD} (chủ trì) or {@code COOPERATING} (phối hợp)
   */
  public record Assignment(String unitId, String role, List<String> duties, Due due) {

    public Assignment {
      duties = list(duties);
    }
  }

  /**
   * When a duty is due.
   *
   * @param kind {@code DATE}, {@code RECURRING} or {@code CONTINUOUS} (thường xuyên)
   * @param date for {@code DATE}
   * @param every for {@code RECURRING}: {@code MONTHLY}, {@code QUARTERLY}, {@code HALF_YEARLY},
   *     {@code YEARLY}
   */
  public record Due(String kind, LocalDate date, String every) {}

  /**
   * The reporting regime (chế độ báo cáo): who owes which periodic reports, to whom, by when
   * (docs/domain.md, "Reporting duties").
   *
   * @param windows periodic reports due: {@code MONTHLY}, {@code QUARTERLY}, {@code HALF_YEARLY},
   *     {@code NINE_MONTHS}, {@code YEARLY}, {@code AD_HOC}
   * @param deadlineRule by when each report is due
   * @param recipients to whom reports go, as written
   * @param receiverIds the units the reports go to, resolved from {@code recipients}; empty: the
   *     issuer (for reports its addressees or assigned units owe), the issuer's parent (for the
   *     issuer's own)
   * @param owedBy who owes the reports: {@code ADDRESSEES} (the units the plan is addressed to,
   *     seed 3041), {@code ISSUER} (the issuer itself, seed 003: "Văn phòng Sở tổng hợp … gửi …"),
   *     {@code ASSIGNED} (the units the plan assigns duties to, reporting to the issuer); empty:
   *     {@code ADDRESSEES}
   * @param quartersFolded whether the quarter-II and quarter-IV reports are folded into the 6-month
   *     and yearly ones (and the second 6-month report into the yearly one), as "định kỳ hằng quý,
   *     6 tháng và năm" is practised; {@code null} in events written before it was kept: not folded
   */
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

    /** A regime without resolved receivers: its addressees owe the issuer, quarters not folded. */
    public Reporting(List<String> windows, DeadlineRule deadlineRule, List<String> recipients) {
      this(windows, deadlineRule, recipients, List.of(), List.of(), null);
    }

    /** Whether Q2, Q4 and S2 are folded into S1 and the year. */
    public boolean folds() {
      return Boolean.TRUE.equals(quartersFolded);
    }
  }

  /**
   * A report deadline.
   *
   * @param kind {@code BEFORE_DAY_OF_LAST_MONTH} ("trước ngày 20 tháng cuối của quý": {@code day} =
   *     20; the 20th itself is late), {@code BY_DAY_OF_LAST_MONTH} ("chậm nhất ngày 20", "đến hết
   *     ngày 20": the 20th is still on time) or {@code WORKING_DAYS_AFTER_CUTOFF} ({@code days}
   *     working days after the 14th, by the public service's working calendar)
   * @param wording the rule as the plan writes it, verbatim (e.g. "trước ngày 20 tháng cuối của
   *     quý"); {@code null} in events of version 1 written before it was kept
   */
  public record DeadlineRule(String kind, Integer day, Integer days, String wording) {

    /** A rule without its wording. */
    public DeadlineRule(String kind, Integer day, Integer days) {
      this(kind, day, days, null);
    }
  }

  /**
   * One target (chỉ tiêu), value as written (e.g. "100%", "ít nhất 02 tin, bài/tháng"); since
   * 2026-12 it may name the statistics indicator it is measured by and the quantity planned over
   * the plan's coverage, so that plan and achievement can be set side by side (absent in older
   * events: not linked).
   *
   * @param indicator what the target is about, as the plan words it
   * @param value the target as written
   * @param indicatorCode the code of the indicator of the statistics table that measures it (e.g.
   *     "1.2"), or null
   * @param quantity the planned quantity over the plan's coverage, or null when it is not a count
   */
  public record Target(String indicator, String value, String indicatorCode, Long quantity) {

    public Target(String indicator, String value) {
      this(indicator, value, null, null);
    }
  }

  /** The signature block, e.g. {@code KT. GIÁM ĐỐC} / {@code PHÓ GIÁM ĐỐC} / name. */
  public record Signer(String authority, String title, String name) {}

  /** One task of the appendix. */
  public record AppendixTask(
      String task, String leadUnitId, List<String> cooperatingUnitIds, String timeframe, Due due) {

    public AppendixTask {
      cooperatingUnitIds = list(cooperatingUnitIds);
    }
  }
}
