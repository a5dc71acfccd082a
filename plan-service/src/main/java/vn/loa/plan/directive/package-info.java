/**
 * The directive cascade: an issued plan directs each of its addressees to implement it; a directive
 * is fulfilled when the addressee issues a plan whose basis cites it. Directives and compliance are
 * derived from the plans themselves on every read (docs/adr/0009-directives-derived.md), so they
 * can never disagree with the plans they come from.
 */
package vn.loa.plan.directive;
