package vn.loa.report.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.loa.support.web.ProblemException;

/**
 * Working days of the public service: Monday to Friday, except the days off of the year's calendar
 * (holidays and weekdays swapped off), plus the Saturdays worked to make up for a swap
 * ({@code reference/working-calendar-vn.tsv}). A day of a year the calendar does not cover is an error,
 * never a guess.
 */
@Component
public class WorkingDays {

  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();
  private final Set<Integer> years = new TreeSet<>();

  WorkingDays() {
    this("reference/working-calendar-vn.tsv");
  }

  WorkingDays(String calendar) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(new ClassPathResource(calendar).getInputStream(), StandardCharsets.UTF_8))) {
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
          default -> throw new IllegalStateException(calendar + ": unknown kind " + f[1] + " on " + f[0]);
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

  /** Whether the public service works on {@code day}; a day of a year without a calendar is an error. */
  public boolean isWorkingDay(LocalDate day) {
    if (!years.contains(day.getYear())) {
      throw missing(day.getYear());
    }
    if (makeUpDays.contains(day)) {
      return true;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !daysOff.contains(day);
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

  /** How many working days lie after {@code from} up to and including {@code to} (0 if {@code to} is not later). */
  public int between(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** A year the calendar does not cover: {@code 500} problem {@code calendar-missing}, naming the year. */
  static ProblemException missing(int year) {
    return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "calendar-missing", List.of(Integer.toString(year)), List.of());
  }
}
