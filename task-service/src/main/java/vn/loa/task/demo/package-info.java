/**
 * Demo data for the local default: activities loaded at start-up when {@code
 * loa.demo.enabled=true}, idempotently.
 */
package vn.loa.task.demo;
