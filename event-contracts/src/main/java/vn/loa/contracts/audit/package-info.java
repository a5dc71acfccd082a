/**
 * Contracts of the central audit trail: every change of every entity, who made it and what changed.
 */
package vn.loa.contracts.audit;
