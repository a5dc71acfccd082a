package vn.loa.report.rollup;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.report.period.HalfMonth;

/**
 * Published (in the process) once a batch of activity changes is in the roll-ups: the activities
 * counted, each with its version and every unit whose figures it changed — the units above it
 * before and after, itself included.
 */
public record RolledUp(List<Counted> activities, Instant at) {

  /**
   * One activity version now in the figures of {@code units}, for the half-months it was and is
   * counted in ({@code days}: before and after a correction that moved it).
   */
  public record Counted(String activityId, long version, Set<String> units, Set<HalfMonth> days) {}

  /** Every unit whose figures this batch changed. */
  public Set<String> units() {
    Set<String> all = new LinkedHashSet<>();
    activities.forEach(a -> all.addAll(a.units()));
    return all;
  }
}
