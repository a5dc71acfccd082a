package vn.loa.gateway.security;

import org.springframework.stereotype.Component;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

/**
 * What the gateway holds for its callers, for tests and diagnosis: sessions stored, key downloads.
 */
@Component
public class GatewayProbes {

  private final RateLimitedJwkSource keys;
  private final WebSessionManager sessions;

  GatewayProbes(RateLimitedJwkSource keys, WebSessionManager sessions) {
    this.keys = keys;
    this.sessions = sessions;
  }

  /** How many times the identity provider's key set was downloaded. */
  public long keyDownloads() {
    return keys.fetches();
  }

  /** Sessions in the in-memory store (-1 if another store is used). */
  public int sessions() {
    return sessions instanceof DefaultWebSessionManager d
            && d.getSessionStore() instanceof InMemoryWebSessionStore store
        ? store.getSessions().size()
        : -1;
  }
}
