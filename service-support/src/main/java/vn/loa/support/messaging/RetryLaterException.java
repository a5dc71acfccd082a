package vn.loa.support.messaging;

/**
 * A record that cannot be processed yet but may be later (e.g. it names a unit whose own event has
 * not arrived). The consumer keeps retrying with back-off instead of dead-lettering it.
 */
public class RetryLaterException extends RuntimeException {

  public RetryLaterException(String message) {
    super(message);
  }

  public RetryLaterException(String message, Throwable cause) {
    super(message, cause);
  }
}
