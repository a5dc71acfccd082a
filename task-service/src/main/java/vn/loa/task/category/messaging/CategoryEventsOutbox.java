package vn.loa.task.category.messaging;

import org.springframework.stereotype.Component;
import vn.loa.contracts.category.CategoryChanged;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.support.messaging.OutboxEvents;
import vn.loa.support.messaging.PendingEvent;
import vn.loa.task.category.Category;
import vn.loa.task.category.CategoryAnnouncer;

/** {@code loa.category.changed}: a category's full state, keyed by its code. */
@Component
class CategoryEventsOutbox implements CategoryAnnouncer {

  private final OutboxEvents events;

  CategoryEventsOutbox(OutboxEvents events) {
    this.events = events;
  }

  @Override
  public PendingEvent announce(Category c) {
    return events.pending(
        CategoryEvents.CHANGED,
        c.code(),
        c.version(),
        new CategoryChanged(c.code(), c.nameVi(), c.nameEn(), c.order(), c.active(), c.version()));
  }
}
