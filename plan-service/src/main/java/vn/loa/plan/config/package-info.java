/** Wiring of plan-service to its topics and outbox collections. */
package vn.loa.plan.config;
