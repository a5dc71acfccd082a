package vn.loa.report.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses period and window codes of the API ({@code 2025}, {@code 2025Q3}, {@code 2025M07}, …) into
 * spans of days.
 */
public final class Periods {

  /** Years the system accepts in codes. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  private static final Pattern CODE =
      Pattern.compile("(\\d{4})(?:(S[12])|(Q[1-4])|(M(?:0[1-9]|1[0-2]))|(N9)|(YTD))?");

  private Periods() {}

  /**
   * A calendar period: {@code 2025}, {@code 2025S1}/{@code S2}, {@code 2025Q1}..{@code Q4}, {@code
   * 2025M01}..{@code M12}, {@code 2025YTD} (the year up to today; activities are never dated in the
   * future, so it holds the same figures as the year so far).
   */
  public static Optional<Span> calendar(String code) {
    Matcher m = match(code);
    if (m == null || m.group(5) != null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    LocalDate from;
    LocalDate to;
    if (m.group(2) != null) {
      boolean first = m.group(2).equals("S1");
      from = first ? jan1 : LocalDate.of(year, 7, 1);
      to = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    } else if (m.group(3) != null) {
      int quarter = m.group(3).charAt(1) - '0';
      from = LocalDate.of(year, quarter * 3 - 2, 1);
      to = YearMonth.of(year, quarter * 3).atEndOfMonth();
    } else if (m.group(4) != null) {
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(4).substring(1)));
      from = month.atDay(1);
      to = month.atEndOfMonth();
    } else {
      from = jan1;
      to = LocalDate.of(year, 12, 31);
    }
    return Optional.of(new Span(code, Span.Kind.CALENDAR, from, to));
  }

  /**
   * A reporting window under Decree 09/2019/NĐ-CP, each from the 15th to the 14th: {@code 2025M07}
   * (15/6–14/7), {@code 2025Q3} (15/6–14/9), {@code 2025S1} (15/12/2024–14/6), {@code 2025S2}
   * (15/6–14/12), {@code 2025N9} (15/12/2024–14/9), {@code 2025} (15/12/2024–14/12/2025).
   */
  public static Optional<Span> window(String code) {
    Matcher m = match(code);
    if (m == null || m.group(6) != null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    LocalDate yearStart = LocalDate.of(year - 1, 12, 15);
    LocalDate from;
    LocalDate to;
    if (m.group(2) != null) {
      boolean first = m.group(2).equals("S1");
      from = first ? yearStart : LocalDate.of(year, 6, 15);
      to = first ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
    } else if (m.group(3) != null) {
      int lastMonth = (m.group(3).charAt(1) - '0') * 3;
      from = LocalDate.of(year, lastMonth, 15).minusMonths(3);
      to = LocalDate.of(year, lastMonth, 14);
    } else if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4).substring(1));
      to = LocalDate.of(year, month, 14);
      from = to.plusDays(1).minusMonths(1);
    } else if (m.group(5) != null) {
      from = yearStart;
      to = LocalDate.of(year, 9, 14);
    } else {
      from = yearStart;
      to = LocalDate.of(year, 12, 14);
    }
    return Optional.of(new Span(code, Span.Kind.WINDOW, from, to));
  }

  private static Matcher match(String code) {
    if (code == null) {
      return null;
    }
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    return year < FIRST_YEAR || year > LAST_YEAR ? null : m;
  }
}
