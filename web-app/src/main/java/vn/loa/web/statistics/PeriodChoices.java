package vn.loa.web.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a person can look at, as the API names them ({@code 2026}, {@code 2026S2}, {@code
 * 2026Q4}, {@code 2026M11}): the period before one, whether one is also a reporting window whose
 * reports can be counted, and the choices of the period list.
 */
final class PeriodChoices {

  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:(S|Q)([1-4])|M(0[1-9]|1[0-2]))?");

  private PeriodChoices() {}

  /**
   * The period of the same length just before {@code code} ({@code 2026Q1} → {@code 2025Q4}), or
   * nothing for a code the API would not accept.
   */
  static Optional<String> previous(String code) {
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4));
      return Optional.of(
          month == 1 ? (year - 1) + "M12" : String.format("%dM%02d", year, month - 1));
    }
    if (m.group(2) == null) {
      return Optional.of(Integer.toString(year - 1));
    }
    int n = Integer.parseInt(m.group(3));
    int last = m.group(2).equals("S") ? 2 : 4;
    if (n > last) {
      return Optional.empty();
    }
    return Optional.of(n == 1 ? (year - 1) + m.group(2) + last : year + m.group(2) + (n - 1));
  }

  /**
   * Whether reports are owed for {@code code} as a reporting window: a year, a half or a quarter
   * (Decree 09/2019/NĐ-CP); a month is looked at for its figures only.
   */
  static boolean reportingWindow(String code) {
    Matcher m = CODE.matcher(code);
    return m.matches() && m.group(4) == null && (m.group(2) == null || validPart(m));
  }

  private static boolean validPart(Matcher m) {
    return Integer.parseInt(m.group(3)) <= (m.group(2).equals("S") ? 2 : 4);
  }

  /** The quarter of {@code day}: {@code 2026Q4}. */
  static String quarterOf(LocalDate day) {
    return day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The choices of the period list, newest first: this year's and last year's quarters, halves and
   * years that have begun by {@code today}, and this year's months.
   */
  static List<String> choices(LocalDate today) {
    List<String> codes = new ArrayList<>();
    int year = today.getYear();
    for (int y = year; y >= year - 1; y--) {
      for (int q = 4; q >= 1; q--) {
        if (!LocalDate.of(y, q * 3 - 2, 1).isAfter(today)) {
          codes.add(y + "Q" + q);
        }
      }
      if (y < year || today.getMonthValue() >= 7) {
        codes.add(y + "S2");
      }
      codes.add(y + "S1");
      codes.add(Integer.toString(y));
    }
    for (int month = today.getMonthValue(); month >= 1; month--) {
      codes.add(String.format("%dM%02d", year, month));
    }
    return codes;
  }
}
