package vn.loa.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets: it stands at {@link #now} until the test moves it. */
public final class MovableClock extends Clock {

  /** The instant the clock shows. */
  public volatile Instant now = Instant.now();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
