package vn.loa.report.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.loa.contracts.activity.ActivityEvents;
import vn.loa.contracts.activity.ActivitySnapshot;
import vn.loa.contracts.category.CategoryChanged;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.report.support.Fixtures;
import vn.loa.support.messaging.EventCodec;
import vn.loa.testsupport.EventSchemas;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TopicReader;

/**
 * Contract test of every topic report-aggregator consumes: the events its tests feed it — units, an
 * issued plan with its reporting regime, an activity recorded, corrected and withdrawn, a category
 * — are what docs/schemas says their producers send, envelope and data. So the aggregator is tested
 * on the events it will really read, and a fixture that drifts from the contract fails here (each
 * producer's own test checks what it writes against the same schemas).
 */
@IntegrationTest
class ConsumedEventsMatchSchemasTest {

  @Autowired EventCodec codec;

  @Test
  void the_events_the_tests_feed_the_aggregator_match_the_documented_schemas() {
    try (Fixtures fx = new Fixtures(codec).publishHierarchy()) {
      Set<String> keys = new HashSet<>(List.of(fx.province.id(), fx.commune.id(), fx.unit.id()));
      keys.add(fx.publishQuarterlyPlanFor(fx.commune.id()));
      Fixtures.ActivityBuilder activity =
          fx.activity().broadcasts(3).titled("Phát thanh CCHC", "Đài truyền thanh xã");
      ActivitySnapshot recorded = activity.recorded();
      fx.publish(recorded);
      fx.publish(activity.broadcasts(4).version(2));
      fx.publish(activity.withdrawnAt(3));
      keys.add(recorded.id());
      String code = "T" + fx.suffix.toUpperCase(Locale.ROOT);
      fx.publish(new CategoryChanged(code, "Hình thức thử", null, 99, true, 1));
      keys.add(code);

      for (String topic :
          List.of(
              OrgUnitEvents.TOPIC.name(),
              PlanEvents.TOPIC.name(),
              ActivityEvents.TOPIC.name(),
              CategoryEvents.TOPIC.name())) {
        assertThat(TopicReader.readAll(topic).stream().filter(r -> keys.contains(r.key())))
            .as("the test's events on " + topic)
            .isNotEmpty();
        assertThat(EventSchemas.violations(topic, keys::contains)).as(topic).isEmpty();
      }
      assertThat(
              TopicReader.readAll(ActivityEvents.TOPIC.name()).stream()
                  .filter(r -> r.key().equals(recorded.id())))
          .as("recorded, corrected, withdrawn")
          .hasSize(3);
    }
  }
}
