package vn.loa.report.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Days 1–14 ({@code a}) or 15–end ({@code b}) of a month: the bucket every activity is counted in.
 * Both calendar periods (which start on the 1st) and reporting windows (which start on the 15th)
 * are whole unions of these.
 */
public record HalfMonth(int year, int month, boolean second) implements Comparable<HalfMonth> {

  public static HalfMonth of(LocalDate day) {
    return new HalfMonth(day.getYear(), day.getMonthValue(), day.getDayOfMonth() >= 15);
  }

  /** The key of this half-month inside its year's roll-up document, e.g. {@code m07a}. */
  public String key() {
    return String.format("m%02d%s", month, second ? "b" : "a");
  }

  public static HalfMonth parse(int year, String key) {
    if (key.length() != 4
        || key.charAt(0) != 'm'
        || (key.charAt(3) != 'a' && key.charAt(3) != 'b')) {
      throw new IllegalArgumentException("not a half-month key: " + key);
    }
    return new HalfMonth(year, Integer.parseInt(key.substring(1, 3)), key.charAt(3) == 'b');
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, month, second ? 15 : 1);
  }

  public LocalDate lastDay() {
    return second ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, 14);
  }

  public HalfMonth next() {
    if (!second) {
      return new HalfMonth(year, month, true);
    }
    return month == 12 ? new HalfMonth(year + 1, 1, false) : new HalfMonth(year, month + 1, false);
  }

  @Override
  public int compareTo(HalfMonth o) {
    return firstDay().compareTo(o.firstDay());
  }
}
