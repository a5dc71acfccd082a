package vn.loa.report.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named stretch of days that starts and ends on half-month boundaries.
 *
 * @param code the code the caller used, e.g. {@code 2025Q3}
 * @param kind {@link Kind#CALENDAR} or {@link Kind#WINDOW}
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record Span(String code, Kind kind, LocalDate from, LocalDate to) {

  public enum Kind {
    /** Calendar period for statistics. */
    CALENDAR,
    /** Decree-09 reporting window (data cut off on the 14th). */
    WINDOW
  }

  public Span {
    if (!HalfMonth.of(from).firstDay().equals(from)
        || !HalfMonth.of(to).lastDay().equals(to)
        || to.isBefore(from)) {
      throw new IllegalArgumentException("not a half-month-aligned span: " + from + ".." + to);
    }
  }

  /** The half-months the span is made of, in order. */
  public List<HalfMonth> halfMonths() {
    List<HalfMonth> halves = new ArrayList<>();
    for (HalfMonth h = HalfMonth.of(from); !h.firstDay().isAfter(to); h = h.next()) {
      halves.add(h);
    }
    return halves;
  }

  /** The calendar years the span touches (a yearly window touches two). */
  public SortedSet<Integer> years() {
    SortedSet<Integer> years = new TreeSet<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      years.add(y);
    }
    return years;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
