/**
 * The local default: starts a KRaft Kafka broker, the MongoDB wire-protocol server with file
 * persistence and each Loa service as its own process, waits for them to be healthy, and stops them
 * all on Ctrl-C. Data lives under {@code data/} and survives restarts. System tests use the same
 * process handling to start, kill and restart services.
 */
package vn.loa.platform;
