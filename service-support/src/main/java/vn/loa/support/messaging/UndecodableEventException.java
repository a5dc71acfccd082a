package vn.loa.support.messaging;

/**
 * A record that can never be processed as it is (not an envelope, or data that does not fit its
 * type). Retrying cannot change that, so consumers dead-letter such a record at once.
 */
public class UndecodableEventException extends RuntimeException {

  public UndecodableEventException(String message) {
    super(message);
  }
}
