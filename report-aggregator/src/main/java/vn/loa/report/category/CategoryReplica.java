package vn.loa.report.category;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This service's copy of one activity category, kept from {@code loa.category.changed}. */
@Document("categories")
public record CategoryReplica(
    @Id String code, String nameVi, String nameEn, int order, boolean active, long version) {}
