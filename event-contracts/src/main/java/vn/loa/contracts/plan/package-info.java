/**
 * Events of plans (kế hoạch), produced by plan-service. The content records are the structure of a
 * plan as in the seed documents; plan-service uses them as its own value types, since it owns this
 * contract.
 */
package vn.loa.contracts.plan;
