package vn.loa.support.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers every failure of a request with a problem detail; unexpected ones never show internals.
 */
@RestControllerAdvice
public class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final ProblemRenderer renderer;

  public ProblemAdvice(ProblemRenderer renderer) {
    this.renderer = renderer;
  }

  @ExceptionHandler(ProblemException.class)
  public ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
    ProblemDetail body = renderer.render(e, LocaleContextHolder.getLocale());
    body.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(e.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    if (e.getMostSpecificCause() instanceof PayloadTooLargeException tooLarge) {
      return problem(Problems.tooLarge(tooLarge.limit()), request);
    }
    JacksonException jackson = firstJacksonException(e);
    if (jackson != null && !(jackson instanceof StreamReadException)) {
      String path = path(jackson);
      if (!path.isEmpty()) {
        return problem(Problems.invalid(path, "type"), request);
      }
    }
    if (jackson != null) {
      return problem(Problems.invalid("body", "malformed-json"), request);
    }
    return problem(Problems.invalid("body", "required"), request);
  }

  private static JacksonException firstJacksonException(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JacksonException jackson) {
        return jackson;
      }
    }
    return null;
  }

  /**
   * The JSON path of the value Jackson could not bind, e.g. {@code evidence[2]} or {@code
   * quantity}.
   */
  static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return problem(Problems.invalid(e.getParameterName(), "required"), request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(
      MissingServletRequestPartException e, HttpServletRequest request) {
    return problem(Problems.invalid(e.getRequestPartName(), "required"), request);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(
      MissingRequestHeaderException e, HttpServletRequest request) {
    return problem(Problems.invalid(e.getHeaderName(), "required"), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problem(Problems.invalid(e.getName(), "type"), request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(
      HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(
        new ProblemException(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "media-type",
            List.of(String.valueOf(e.getContentType())),
            List.of()),
        request);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(
      HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    ProblemDetail body =
        renderer.render(
            new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", List.of(), List.of()),
            LocaleContextHolder.getLocale());
    body.setInstance(URI.create(request.getRequestURI()));
    // The caller did not accept JSON, but a problem is only ever sent as problem+json.
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(
        new ProblemException(
            HttpStatus.METHOD_NOT_ALLOWED, "method", List.of(e.getMethod()), List.of()),
        request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return problem(Problems.notFound("path", request.getRequestURI()), request);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request) {
    return problem(Problems.tooLarge(e.getMaxUploadSize()), request);
  }

  /**
   * A multipart body that cannot be parsed (a file name with a NUL byte, a broken boundary): the
   * client's fault.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> malformedMultipart(
      MultipartException e, HttpServletRequest request) {
    return problem(Problems.invalid("file", "malformed-multipart"), request);
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
    return problem(Problems.tooLarge(e.limit()), request);
  }

  /**
   * The listener went away (a stream closed, a page left): nobody is there to answer, and nothing
   * went wrong.
   */
  @ExceptionHandler(
      org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
  void listenerGone(
      org.springframework.web.context.request.async.AsyncRequestNotUsableException e,
      HttpServletRequest request) {
    log.debug("{} {}: the client went away", request.getMethod(), request.getRequestURI());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(
        new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal", List.of(), List.of()),
        request);
  }
}
