package vn.loa.support.messaging;

/**
 * A service's copy of another service's entity, kept from that entity's state events.
 * Implementations are MongoDB documents whose id is the entity id.
 */
public interface Replica {

  String id();

  /** The entity version the copy reflects. */
  long version();
}
