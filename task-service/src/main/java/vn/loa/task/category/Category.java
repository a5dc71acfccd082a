package vn.loa.task.category;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One category of activity.
 *
 * @param code stable code used in events and statistics, e.g. {@code BROADCAST}
 * @param nameVi what users see
 * @param nameEn English name for English-language clients
 * @param order position in lists
 * @param active retired categories stay readable but take no new activities
 * @param version grows on every change (the ETag)
 */
@Document("categories")
public record Category(
    @Id String code, String nameVi, String nameEn, int order, boolean active, long version) {}
