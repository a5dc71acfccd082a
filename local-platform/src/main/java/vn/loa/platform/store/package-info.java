/**
 * The local store's backend: mongo-java-server's H2 backend with every acknowledged write committed
 * to the file before its answer, and index keys and documents stored without Java serialization
 * (ADR 0027).
 */
package vn.loa.platform.store;
