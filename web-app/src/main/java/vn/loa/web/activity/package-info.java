/**
 * Ghi nhận hoạt động: the one-column form an officer fills on a phone (a photo from its camera
 * included), the confirmation with the unit's new figure, the unit's activities of a period, their
 * correction and withdrawal. A resubmitted form carries the same {@code Idempotency-Key}, so the
 * API records it once; the API's field errors are shown beside their fields.
 */
package vn.loa.web.activity;
