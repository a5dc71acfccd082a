package vn.loa.report.orgunit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.support.messaging.LoaMessagingProperties;

/**
 * How far the org-unit consumer has read: whether every unit event on the topic right now has been
 * applied. An activity whose unit is still unknown once this is true names a unit that does not
 * exist.
 */
@Component
public class OrgTopicProgress implements DisposableBean {

  private final Map<Integer, Long> applied = new ConcurrentHashMap<>();
  private final LoaMessagingProperties properties;
  private volatile Admin admin;

  OrgTopicProgress(LoaMessagingProperties properties) {
    this.properties = properties;
  }

  /** Notes that the record at {@code offset} of {@code partition} has been applied. */
  public void applied(int partition, long offset) {
    applied.merge(partition, offset, Math::max);
  }

  /**
   * Whether every record on the org-unit topic now has been applied (false if the broker cannot
   * tell).
   */
  public boolean caughtUp() {
    try {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < OrgUnitEvents.TOPIC.partitions(); p++) {
        latest.put(new TopicPartition(OrgUnitEvents.TOPIC.name(), p), OffsetSpec.latest());
      }
      var ends = admin().listOffsets(latest).all().get(5, TimeUnit.SECONDS);
      return ends.entrySet().stream()
          .allMatch(
              e ->
                  e.getValue().offset() == 0
                      || applied.getOrDefault(e.getKey().partition(), -1L) + 1
                          >= e.getValue().offset());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  private Admin admin() {
    if (admin == null) {
      synchronized (this) {
        if (admin == null) {
          admin = Admin.create(properties.kafka().client(Map.of()));
        }
      }
    }
    return admin;
  }

  /** Forgets what was read (a rebuild reads the topic again from the start). */
  public void reset() {
    applied.clear();
  }

  @Override
  public void destroy() {
    if (admin != null) {
      admin.close();
    }
  }
}
