package vn.loa.task.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.loa.task.support.PlanEventsFixture.assignment;
import static vn.loa.task.support.PlanEventsFixture.content;
import static vn.loa.task.support.PlanEventsFixture.issued;
import static vn.loa.task.support.PlanEventsFixture.on;
import static vn.loa.task.support.PlanEventsFixture.revoked;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.loa.contracts.orgunit.OrgUnitEvents;
import vn.loa.contracts.plan.PlanEvents;
import vn.loa.support.messaging.EventCodec;
import vn.loa.task.support.OrgUnitFixtures;
import vn.loa.task.support.PlanEventsFixture;
import vn.loa.testsupport.EventSchemas;
import vn.loa.testsupport.IntegrationTest;
import vn.loa.testsupport.TopicReader;

/**
 * Contract test of the topics task-service consumes: the unit and plan events its tests feed it
 * (issued and revoked, with assignments) are what docs/schemas says plan-service sends.
 */
@IntegrationTest
class ConsumedEventsMatchSchemasTest {

  @Autowired EventCodec codec;

  @Test
  void the_events_the_tests_feed_task_service_match_the_documented_schemas() {
    OrgUnitFixtures units = new OrgUnitFixtures(codec);
    var province = units.province("hp");
    var commune = units.commune("kim-thanh", province.id(), LocalDate.of(2025, 7, 1));
    var office = units.unit("vp", commune.id());
    units.publish(province, commune, office);
    String plan = "p-" + UUID.randomUUID();
    var content =
        content(
            commune.id(), List.of(assignment(office.id(), "LEAD", on("2026-10-16"), "Hội nghị")));
    new PlanEventsFixture(codec).publish(issued(plan, 1, 2, content), revoked(plan, 1, 3, content));
    Set<String> keys = Set.of(province.id(), commune.id(), office.id(), plan);

    for (String topic : List.of(OrgUnitEvents.TOPIC.name(), PlanEvents.TOPIC.name())) {
      assertThat(TopicReader.readAll(topic).stream().filter(r -> keys.contains(r.key())))
          .as("the test's events on " + topic)
          .isNotEmpty();
      assertThat(EventSchemas.violations(topic, keys::contains)).as(topic).isEmpty();
    }
  }
}
