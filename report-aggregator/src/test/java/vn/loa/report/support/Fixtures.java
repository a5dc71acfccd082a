package vn.loa.report.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.contracts.category.CategoryChanged;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanContent;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.TopicWriter;

/**
 * Plays plan-service and task-service for the aggregator: a fresh little hierarchy per test (a
 * province, a commune, a unit of the commune) and activity events for it, published on the real
 * topics.
 */
public final class Fixtures implements AutoCloseable {

  private final EventCodec codec;
  private final TopicWriter writer = new TopicWriter();
  public final String suffix = UUID.randomUUID().toString().substring(0, 8);
  public final OrgUnitChanged province;
  public final OrgUnitChanged commune;
  public final OrgUnitChanged unit;

  public Fixtures(EventCodec codec) {
    this.codec = codec;
    LocalDate since = LocalDate.of(2000, 1, 1);
    province =
        new OrgUnitChanged(
            "p-" + suffix, "P", "Thành phố " + suffix, "PROVINCE", null, since, null, null, 1);
    commune =
        new OrgUnitChanged(
            "c-" + suffix, "C", "Xã " + suffix, "COMMUNE", province.id(), since, null, null, 1);
    unit =
        new OrgUnitChanged(
            "u-" + suffix,
            "U",
            "Phòng Văn hóa – Xã hội " + suffix,
            "UNIT",
            commune.id(),
            since,
            null,
            null,
            1);
  }

  public Fixtures publishHierarchy() {
    publish(province, commune, unit);
    return this;
  }

  public void publish(OrgUnitChanged... units) {
    for (OrgUnitChanged u : units) {
      writer.send(
          OrgUnitEvents.TOPIC.name(),
          u.id(),
          codec.encode(
              codec.envelope(OrgUnitEvents.CHANGED, u.id(), u.version(), u, Instant.now())));
    }
  }

  /**
   * Publishes an issued plan of {@code issuer} addressed to {@code addressees}, with a reporting
   * regime, as plan-service would.
   */
  public String publishPlan(
      String issuer,
      String from,
      String to,
      PlanContent.Reporting reporting,
      String... addressees) {
    return publishPlan(issuer, from, to, reporting, List.of(), addressees);
  }

  /**
   * The city's plan of 1/7/2026–30/6/2027 by which {@code addressee} reports every quarter to the
   * city, before the 20th of the quarter's last month.
   */
  public String publishQuarterlyPlanFor(String addressee) {
    return publishPlan(
        province.id(),
        "2026-07-01",
        "2027-06-30",
        new PlanContent.Reporting(
            List.of("QUARTERLY"),
            new PlanContent.DeadlineRule("BEFORE_DAY_OF_LAST_MONTH", 20, null),
            List.of("UBND thành phố")),
        addressee);
  }

  /**
   * As {@link #publishPlan(String, String, String, PlanContent.Reporting, String...)}, assigning
   * duties too.
   */
  public String publishPlan(
      String issuer,
      String from,
      String to,
      PlanContent.Reporting reporting,
      List<PlanContent.Assignment> assignments,
      String... addressees) {
    return publishPlan(issuer, from, to, reporting, assignments, List.of(), addressees);
  }

  /** An issued plan of {@code issuer} with these targets (chỉ tiêu) and nothing else. */
  public String publishPlanWithTargets(
      String issuer, String from, String to, List<PlanContent.Target> targets) {
    return publishPlan(issuer, from, to, null, List.of(), targets);
  }

  private String publishPlan(
      String issuer,
      String from,
      String to,
      PlanContent.Reporting reporting,
      List<PlanContent.Assignment> assignments,
      List<PlanContent.Target> targets,
      String... addressees) {
    String id = "p-" + UUID.randomUUID();
    PlanContent content =
        new PlanContent(
            "1/KH",
            "KE_HOACH",
            issuer,
            LocalDate.parse(from),
            "Hải Phòng",
            "Kế hoạch tuyên truyền CCHC",
            new PlanContent.Coverage(LocalDate.parse(from), LocalDate.parse(to)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            assignments,
            reporting,
            targets,
            null,
            List.of(addressees),
            null,
            List.of(),
            null,
            List.of());
    PlanSnapshot plan = new PlanSnapshot(id, 1, "ISSUED", content, Instant.now(), null, 2);
    writer.send(
        PlanEvents.TOPIC.name(),
        id,
        codec.encode(codec.envelope(PlanEvents.ISSUED, id, 2, plan, Instant.now())));
    return id;
  }

  /** A new activity of the fixture's unit (version 1). */
  public ActivityBuilder activity() {
    return new ActivityBuilder("a-" + UUID.randomUUID(), unit.id());
  }

  public void publish(ActivitySnapshot a) {
    writer.send(ActivityEvents.TOPIC.name(), a.id(), encode(a));
  }

  public byte[] encode(ActivitySnapshot a) {
    var type =
        a.withdrawn()
            ? ActivityEvents.WITHDRAWN
            : a.version() == 1 ? ActivityEvents.RECORDED : ActivityEvents.CORRECTED;
    return codec.encode(codec.envelope(type, a.id(), a.version(), a, Instant.now()));
  }

  /** Announces a category as task-service does. */
  public void publish(CategoryChanged c) {
    writer.send(
        CategoryEvents.TOPIC.name(),
        c.code(),
        codec.encode(
            codec.envelope(CategoryEvents.CHANGED, c.code(), c.version(), c, Instant.now())));
  }

  public void publishRaw(String key, byte[] value) {
    writer.send(ActivityEvents.TOPIC.name(), key, value);
  }

  @Override
  public void close() {
    writer.close();
  }

  /** Builds activity snapshots that read like what a unit did. */
  public static final class ActivityBuilder {
    private final String id;
    private String unitId;
    private String category = "BROADCAST";
    private LocalDate day = LocalDate.of(2025, 8, 5);
    private long quantity = 1;
    private long participants = 0;
    private String title;
    private String outlet;

    public ActivityBuilder(String id, String unitId) {
      this.id = id;
      this.unitId = unitId;
    }

    public ActivityBuilder by(String unitId) {
      this.unitId = unitId;
      return this;
    }

    public ActivityBuilder broadcasts(long quantity) {
      this.category = "BROADCAST";
      this.quantity = quantity;
      return this;
    }

    public ActivityBuilder of(String category, long quantity) {
      this.category = category;
      this.quantity = quantity;
      return this;
    }

    public ActivityBuilder reaching(long participants) {
      this.participants = participants;
      return this;
    }

    /** What was done and where it went out. */
    public ActivityBuilder titled(String title, String outlet) {
      this.title = title;
      this.outlet = outlet;
      return this;
    }

    public ActivityBuilder on(String day) {
      this.day = LocalDate.parse(day);
      return this;
    }

    public ActivitySnapshot version(long version) {
      return snapshot(version, false);
    }

    public ActivitySnapshot recorded() {
      return snapshot(1, false);
    }

    public ActivitySnapshot withdrawnAt(long version) {
      return snapshot(version, true);
    }

    private ActivitySnapshot snapshot(long version, boolean withdrawn) {
      return new ActivitySnapshot(
          id,
          unitId,
          category,
          day,
          title == null ? "Hoạt động " + category : title,
          quantity,
          participants,
          outlet,
          null,
          null,
          List.of(),
          List.of(),
          withdrawn,
          version,
          Instant.parse("2025-08-05T01:00:00Z"),
          "test");
    }
  }
}
