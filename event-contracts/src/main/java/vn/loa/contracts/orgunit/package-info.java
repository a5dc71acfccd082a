/** Events of the organisation hierarchy, produced by plan-service. */
package vn.loa.contracts.orgunit;
