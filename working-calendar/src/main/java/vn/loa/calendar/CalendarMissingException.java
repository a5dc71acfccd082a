package vn.loa.calendar;

/**
 * A day of a year for which no working calendar has been loaded: deadlines in it cannot be counted.
 */
public final class CalendarMissingException extends IllegalStateException {

  private final int year;

  public CalendarMissingException(int year) {
    super("No working calendar for " + year);
    this.year = year;
  }

  /** The year without a calendar. */
  public int year() {
    return year;
  }
}
