package vn.loa.report.indicator;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One indicator.
 *
 * @param code its number in the statistics table, e.g. {@code 1.2}
 * @param name as the table words it
 * @param kind {@code SUM}: the sum of {@code measure} over {@code categories} (rows 1.1, 1.2 of
 *     seed 004); {@code PRESENCE}: 1 when any of {@code categories} was carried out in the year — a
 *     thing kept up, not a count of builds (row 1.4, "Xây dựng chuyên mục CCHC trên Cổng TTĐT": 1
 *     every year) — else 0; {@code DESCRIPTIVE}: the forms actually used, named: {@code text}
 *     followed by the {@code phrases} of the categories used in the year, in their order,
 *     comma-separated (row 1.5); empty if none was used
 * @param measure {@code quantity}, {@code participants} or {@code activities}
 * @param phrases for {@code DESCRIPTIVE}: how the text names each of {@code categories}, in the
 *     same order
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
    long version,
    List<String> phrases) {

  public Indicator {
    categories = categories == null ? List.of() : List.copyOf(categories);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
  }
}
