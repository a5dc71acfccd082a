package vn.loa.support.messaging;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a consumer does when processing a record fails.
 *
 * <ul>
 *   <li>The store or the broker is unreachable, or the record says "retry later": retry with
 *       back-off, without limit. The partition waits; nothing is skipped, so no count is lost, and
 *       the consumer lag metric shows the stall.
 *   <li>Anything else: two more attempts, then the record goes to this service's dead-letter topic
 *       and the partition moves on. Records that cannot even be decoded are dead-lettered by the
 *       consumer at once ({@link UndecodableEventException}), as retrying cannot change them.
 * </ul>
 */
public final class ConsumerFailures {

  static final long POISON_ATTEMPTS = 2;

  private ConsumerFailures() {}

  /** Whether {@code failure} (or any cause) is a condition that goes away by waiting. */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RetryLaterException
          || t instanceof TransientDataAccessException
          || t instanceof DataAccessResourceFailureException
          || t instanceof MongoSocketException
          || t instanceof MongoTimeoutException
          || t instanceof RetriableException
          || t instanceof IOException
          // The binding's handler not subscribed (yet): never a property of the record.
          || t instanceof org.springframework.integration.MessageDispatchingException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  static BackOff backOffFor(Exception failure) {
    if (isTransient(failure)) {
      ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
      backOff.setMaxInterval(10_000);
      return backOff;
    }
    return new FixedBackOff(500, POISON_ATTEMPTS);
  }

  /** The error handler of every listener container of a Loa service. */
  static DefaultErrorHandler errorHandler(DeadLetters deadLetters) {
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (ConsumerRecord<?, ?> record, Exception e) -> deadLetters.send(record, e),
            new FixedBackOff(500, POISON_ATTEMPTS));
    handler.setBackOffFunction((record, e) -> backOffFor(e));
    handler.setCommitRecovered(true);
    return handler;
  }
}
