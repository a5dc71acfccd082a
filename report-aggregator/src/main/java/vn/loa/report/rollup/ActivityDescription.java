package vn.loa.report.rollup;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the periodic report's document says of an activity when it names it as notable: the unit
 * that recorded it, the day, what was done and where it went out — its latest version's. Kept apart
 * from the contributions, which hold only what the roll-ups count.
 */
@Document("activity_descriptions")
public record ActivityDescription(
    @Id String id,
    long version,
    String unitId,
    LocalDate occurredOn,
    String title,
    String outlet) {}
