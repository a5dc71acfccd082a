package vn.loa.report.rollup;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Published (in the process) once a batch of activity changes is in the roll-ups: the activities
 * counted, each with its version and every unit whose figures it changed — the units above it
 * before and after, itself included.
 */
public record RolledUp(List<Counted> activities, Instant at) {

  /** One activity version now in the figures of {@code units}. */
  public record Counted(String activityId, long version, Set<String> units) {}

  /** Every unit whose figures this batch changed. */
  public Set<String> units() {
    Set<String> all = new LinkedHashSet<>();
    activities.forEach(a -> all.addAll(a.units()));
    return all;
  }
}
