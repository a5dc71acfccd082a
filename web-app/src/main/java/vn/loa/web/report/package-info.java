/**
 * Periodic reports: the unit's reports by window, one report with the figures drafted from the
 * window's activities, its written parts (the seed's structure: tham mưu, chỉ đạo; kết quả; đánh
 * giá; hạn chế; khó khăn; phương hướng; đề xuất), submit, the reason of a return and resubmission;
 * for a receiver, the reports sent to it, taken in (tiếp nhận) or returned with a comment.
 */
package vn.loa.web.report;
