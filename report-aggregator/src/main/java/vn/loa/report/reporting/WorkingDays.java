package vn.loa.report.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Working days of the public service: Monday to Friday, except Vietnamese public holidays. */
@Component
public class WorkingDays {

  private final Set<LocalDate> holidays = new HashSet<>();

  WorkingDays() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(new ClassPathResource("reference/holidays-vn.tsv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          holidays.add(LocalDate.parse(line.split("\t")[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
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
}
