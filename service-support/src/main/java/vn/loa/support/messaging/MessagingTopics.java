package vn.loa.support.messaging;

import java.util.List;
import vn.loa.contracts.Topic;

/**
 * The topics a service writes and reads. At start-up every one of them is created if missing, with
 * the configuration the contract catalogue gives it, whichever service starts first; consumed
 * topics also get this service's dead-letter topic.
 *
 * @param consumer this service's name, used for its dead-letter topics
 */
public record MessagingTopics(String consumer, List<Topic> produced, List<Topic> consumed) {

  public MessagingTopics {
    produced = List.copyOf(produced);
    consumed = List.copyOf(consumed);
    for (Topic topic : produced) {
      if (!topic.producer().equals(consumer)) {
        throw new IllegalArgumentException(
            consumer
                + " may not produce to "
                + topic.name()
                + ": its only writer is "
                + topic.producer());
      }
    }
  }
}
