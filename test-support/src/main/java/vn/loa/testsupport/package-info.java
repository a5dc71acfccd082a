/**
 * Real infrastructure for tests: one Kafka broker (KRaft) and one MongoDB wire-protocol server per
 * test JVM, embedded by default or as Testcontainers where a Docker engine exists.
 */
package vn.loa.testsupport;
