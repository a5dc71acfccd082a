package vn.loa.task.category;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.loa.support.messaging.OutboxAggregate;
import vn.loa.support.messaging.PendingEvent;

/**
 * One category of activity.
 *
 * @param code stable code used in events and statistics, e.g. {@code BROADCAST}
 * @param nameVi what users see
 * @param nameEn English name for English-language clients
 * @param order position in lists
 * @param active retired categories stay readable but take no new activities
 * @param version grows on every change (the ETag)
 * @param outbox the event announcing this state, until the relay has published it
 */
@Document("categories")
public record Category(
    @Id String code,
    String nameVi,
    String nameEn,
    int order,
    boolean active,
    long version,
    @JsonIgnore List<PendingEvent> outbox)
    implements OutboxAggregate {

  public Category {
    outbox = outbox == null ? List.of() : List.copyOf(outbox);
  }

  @Override
  @JsonIgnore
  public String id() {
    return code;
  }

  /** This state with the event that announces it, to be written in the same document write. */
  Category announced(CategoryAnnouncer announcer) {
    return new Category(
        code, nameVi, nameEn, order, active, version, List.of(announcer.announce(this)));
  }
}
