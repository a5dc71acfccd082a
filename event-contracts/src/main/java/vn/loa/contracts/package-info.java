/**
 * The catalogue of Loa's event contracts: topics, logical event types and the records they carry.
 *
 * <p>Every topic has exactly one producing service, which owns its sub-package here. Types depend
 * on the JDK only, so that a consumer never drags in another service's framework or persistence.
 */
package vn.loa.contracts;
