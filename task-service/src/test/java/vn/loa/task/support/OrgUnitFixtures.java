package vn.loa.task.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.loa.contracts.orgunit.OrgUnitChanged;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.TopicWriter;

/**
 * Plays plan-service: publishes {@code loa.orgunit.changed} events so task-service learns of units.
 * Every fixture uses fresh ids, so tests never see each other's units.
 */
public final class OrgUnitFixtures {

  private final EventCodec codec;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  public OrgUnitFixtures(EventCodec codec) {
    this.codec = codec;
  }

  /** A unique id for a unit of this fixture. */
  public String id(String name) {
    return name + "-" + suffix;
  }

  public OrgUnitChanged province(String name) {
    return new OrgUnitChanged(
        id(name), name, "Tỉnh " + name, "PROVINCE", null, LocalDate.of(2000, 1, 1), null, null, 1);
  }

  public OrgUnitChanged commune(String name, String parentId, LocalDate validFrom) {
    return new OrgUnitChanged(
        id(name), name, "Xã " + name, "COMMUNE", parentId, validFrom, null, null, 1);
  }

  /** An internal unit (phòng, trung tâm) of {@code parentId}. */
  public OrgUnitChanged unit(String name, String parentId) {
    return new OrgUnitChanged(
        id(name), name, "Phòng " + name, "UNIT", parentId, LocalDate.of(2000, 1, 1), null, null, 1);
  }

  public void publish(OrgUnitChanged... units) {
    try (TopicWriter writer = new TopicWriter()) {
      for (OrgUnitChanged unit : units) {
        writer.send(
            OrgUnitEvents.TOPIC.name(),
            unit.id(),
            codec.encode(
                codec.envelope(
                    OrgUnitEvents.CHANGED, unit.id(), unit.version(), unit, Instant.now())));
      }
    }
  }
}
