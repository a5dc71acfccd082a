package vn.loa.contracts.category;

/**
 * The full state of one activity category (hình thức tuyên truyền) after a change: added, renamed,
 * retired or restored.
 *
 * <p>Published on a compacted topic keyed by {@link #code()}: the latest record per category is its
 * current state, so a consumer learns the whole list by reading the topic from the start.
 *
 * @param code stable code used in activity events and statistics, e.g. {@code BROADCAST}
 * @param nameVi the Vietnamese name users and documents show, e.g. {@code Phát thanh, truyền thanh,
 *     truyền hình}
 * @param nameEn the English name, {@code null} where none was given
 * @param order position in lists
 * @param active {@code false} once retired: it takes no new activities, its history still counts
 * @param version increases by one on every change
 */
public record CategoryChanged(
    String code, String nameVi, String nameEn, int order, boolean active, long version) {}
