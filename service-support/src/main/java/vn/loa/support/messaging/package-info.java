/**
 * Events in and out: the codec of the one envelope, the transactional outbox and its relay, topic
 * provisioning from the contract catalogue, idempotent entity-state replicas, and dead letters.
 */
package vn.loa.support.messaging;
