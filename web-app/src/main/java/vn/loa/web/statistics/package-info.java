/**
 * "Số liệu": the figures of a unit's whole subtree for a period — the total with the change against
 * the period before, by form of communication, by child unit (each a link one level down, the trail
 * of parents a link up), by month — and, for a reporting window, how many of the reports owed were
 * sent, on time or late. Everything comes from the public API with the person's token, so a person
 * sees only the units the services let them read.
 */
package vn.loa.web.statistics;
