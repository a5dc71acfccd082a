/**
 * Demo data for the local default: loaded at start-up when {@code loa.demo.enabled=true},
 * idempotently.
 */
package vn.loa.plan.demo;
