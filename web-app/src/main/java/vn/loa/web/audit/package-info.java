/**
 * "Nhật ký thay đổi": the audit trail of the units under the city administrator — who changed what
 * and when, each change's fields before and after — filtered by unit, days and kind of record, page
 * by page. The API shows it to the city administrator only.
 */
package vn.loa.web.audit;
