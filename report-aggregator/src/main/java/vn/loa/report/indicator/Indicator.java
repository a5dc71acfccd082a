package vn.loa.report.indicator;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One indicator.
 *
 * @param code its number in the statistics table, e.g. {@code 1.2}
 * @param name as the table words it
 * @param kind {@code SUM}: the sum of {@code measure} over {@code categories}; {@code DESCRIPTIVE}: the
 *     {@code text} when any of {@code categories} was used in the year, empty otherwise (row 1.5 of seed 004)
 * @param measure {@code quantity}, {@code participants} or {@code activities}
 * @param active retired indicators stay stored but leave the table
 * @param version grows on every change (the ETag)
 */
@Document("indicators")
public record Indicator(
    @Id String code,
    String name,
    String kind,
    String measure,
    List<String> categories,
    String text,
    int order,
    boolean active,
    long version) {

  public Indicator {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
