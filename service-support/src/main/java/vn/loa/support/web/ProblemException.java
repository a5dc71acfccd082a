package vn.loa.support.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, rendered as an RFC 9457 problem. Thrown before anything is
 * written, so a refused request changes nothing.
 *
 * @see Problems for the kinds of problem
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String kind;
  private final List<Object> detailArgs;
  private final List<FieldViolation> violations;

  public ProblemException(
      HttpStatus status, String kind, List<Object> detailArgs, List<FieldViolation> violations) {
    super(kind + " " + detailArgs + " " + violations);
    this.status = status;
    this.kind = kind;
    this.detailArgs = List.copyOf(detailArgs);
    this.violations = List.copyOf(violations);
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem kind: the last segment of its {@code type} URI and the key of its messages. */
  public String kind() {
    return kind;
  }

  public List<Object> detailArgs() {
    return detailArgs;
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
