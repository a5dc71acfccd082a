package vn.loa.report.rollup;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one activity currently adds to the roll-ups: its latest version's figures, the chain of
 * units it was counted under and the half-month and category it fell in. A withdrawn activity
 * contributes zero. {@code partition} and {@code offset} name the record that produced this state,
 * so a record that is delivered again after a crash is recognised as already applied.
 */
@Document("contributions")
record Contribution(
    @Id String id,
    long version,
    List<String> path,
    int year,
    String half,
    String category,
    long quantity,
    long participants,
    long activities,
    int partition,
    long offset) {}
