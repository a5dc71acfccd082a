/**
 * Plans (kế hoạch, quyết định): drafted, issued, amended as new immutable revisions, revoked. Each
 * transition from draft on is published with the full revision ({@code
 * loa.plan.issued|amended|revoked}).
 */
package vn.loa.plan.plan;
