package vn.loa.support.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The problems Loa's services answer with. Each kind has a type URI {@code urn:loa:problem:<kind>}
 * and Vietnamese and English messages {@code problem.<kind>.title} and {@code
 * problem.<kind>.detail}.
 */
public final class Problems {

  private Problems() {}

  /** 400: the request is malformed or a field is invalid; the violations name the fields. */
  public static ProblemException invalid(List<FieldViolation> violations) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "validation", List.of(), violations);
  }

  public static ProblemException invalid(String field, String code, Object... args) {
    return invalid(List.of(FieldViolation.of(field, code, args)));
  }

  /** 422: well-formed, but breaks a rule of the domain (the violations name the fields). */
  public static ProblemException unprocessable(String field, String code, Object... args) {
    return unprocessable(List.of(FieldViolation.of(field, code, args)));
  }

  public static ProblemException unprocessable(List<FieldViolation> violations) {
    return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "rule", List.of(), violations);
  }

  /** 404: no {@code resource} with that id (or none the caller may see). */
  public static ProblemException notFound(String resource, String id) {
    return new ProblemException(
        HttpStatus.NOT_FOUND, "not-found", List.of(new Noun(resource), id), List.of());
  }

  /**
   * A kind of thing named in a message ("kế hoạch" for {@code plan}), rendered by its label {@code
   * noun.<key>} so that no message shows the code.
   */
  public record Noun(String key) {
    @Override
    public String toString() {
      return key;
    }
  }

  /** 409: the resource's state does not allow this (e.g. correcting a withdrawn activity). */
  public static ProblemException conflict(String kind, Object... args) {
    return new ProblemException(HttpStatus.CONFLICT, kind, List.of(args), List.of());
  }

  /** 412: the {@code If-Match} version is not the current one. */
  public static ProblemException staleVersion(long current) {
    return new ProblemException(
        HttpStatus.PRECONDITION_FAILED, "stale-version", List.of(current), List.of());
  }

  /** 428: an update without {@code If-Match}. */
  public static ProblemException versionRequired() {
    return new ProblemException(
        HttpStatus.PRECONDITION_REQUIRED, "version-required", List.of(), List.of());
  }

  /** No valid access token: {@code 401}. */
  public static ProblemException unauthenticated() {
    return new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated", List.of(), List.of());
  }

  /**
   * Outside the caller's unit scope or function rights: {@code 403}, naming nothing of what was
   * asked.
   */
  public static ProblemException forbidden() {
    return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", List.of(), List.of());
  }

  /** The service is working at its limit: {@code 503}, to be retried shortly. */
  public static ProblemException overloaded() {
    return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", List.of(), List.of());
  }

  /** 503: no converter to PDF on this server; the Word document can still be downloaded. */
  public static ProblemException converterUnavailable() {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE, "converter-unavailable", List.of(), List.of());
  }

  /** 503: the conversion to PDF failed or took longer than {@code seconds}. */
  public static ProblemException converterFailed(long seconds) {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE, "converter-failed", List.of(seconds), List.of());
  }

  /** 408: the request body did not arrive within {@code seconds}; nothing was done. */
  public static ProblemException bodyTimeout(long seconds) {
    return new ProblemException(
        HttpStatus.REQUEST_TIMEOUT, "body-timeout", List.of(seconds), List.of());
  }

  /** 413: the body is larger than allowed. */
  public static ProblemException tooLarge(long limitBytes) {
    return new ProblemException(
        HttpStatus.CONTENT_TOO_LARGE, "too-large", List.of(limitBytes), List.of());
  }
}
