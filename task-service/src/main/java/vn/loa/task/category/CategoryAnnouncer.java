package vn.loa.task.category;

import vn.loa.support.messaging.PendingEvent;

/** Makes the event that announces a category's state (its wire form is the messaging adapter's). */
public interface CategoryAnnouncer {

  PendingEvent announce(Category category);
}
