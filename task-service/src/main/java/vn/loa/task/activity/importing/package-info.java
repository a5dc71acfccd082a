/**
 * Bulk import of activities from a CSV or XLSX file with Vietnamese headers (template from the
 * API): every row checked like a single activity, rejected rows reported with their reasons,
 * progress readable while it runs; the same file imported twice creates nothing new (each row's
 * activity id derives from the file's hash and the row number).
 */
package vn.loa.task.activity.importing;
