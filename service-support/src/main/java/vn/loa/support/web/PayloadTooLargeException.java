package vn.loa.support.web;

import java.io.IOException;

/** Thrown while a request body is read past the allowed size. */
public class PayloadTooLargeException extends IOException {

  private final long limit;

  public PayloadTooLargeException(long limit) {
    super("Request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
