package vn.loa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of the public service: Monday to Friday, except the days off of the year's calendar
 * (holidays and weekdays swapped off), plus the Saturdays worked to make up for a swap ({@code
 * working-calendar-vn.tsv} next to this class). A day of a year the calendar does not cover is a
 * {@link CalendarMissingException}, never a guess.
 */
public final class WorkingDays {

  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();
  private final Set<Integer> years = new TreeSet<>();

  /** The calendar that comes with this module ({@code working-calendar-vn.tsv}, 2024–2026). */
  public WorkingDays() {
    this("working-calendar-vn.tsv");
  }

  /** A calendar read from a resource next to this class. */
  public WorkingDays(String calendar) {
    InputStream in = WorkingDays.class.getResourceAsStream(calendar);
    if (in == null) {
      throw new IllegalArgumentException("No working calendar " + calendar);
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        LocalDate day = LocalDate.parse(f[0]);
        years.add(day.getYear());
        switch (f[1]) {
          case "NGHI" -> daysOff.add(day);
          case "LAM_BU" -> makeUpDays.add(day);
          default ->
              throw new IllegalStateException(calendar + ": unknown kind " + f[1] + " on " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The years the calendar covers. */
  public Set<Integer> years() {
    return years;
  }

  /**
   * Whether the public service works on {@code day}; a day of a year without a calendar is an
   * error.
   */
  public boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear())) {
      throw missing(day.getYear());
    }
    if (makeUpDays.contains(day)) {
      return true;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !daysOff.contains(day);
  }

  /** The {@code n}-th working day after {@code day} (not counting {@code day} itself). */
  public LocalDate after(LocalDate day, int n) {
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /** The last working day on or before {@code day}. */
  public LocalDate onOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * How many working days lie after {@code from} up to and including {@code to} (0 if {@code to} is
   * not later).
   */
  public int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  static CalendarMissingException missing(int year) {
    return new CalendarMissingException(year);
  }
}
