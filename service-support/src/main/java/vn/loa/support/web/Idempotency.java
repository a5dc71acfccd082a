package vn.loa.support.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} support for creates. The new resource's id is derived from the caller and
 * the key, so a repeated request collides with the first one on the store's unique id (one atomic
 * write, no separate ledger); the stored hash of the request body tells a true repeat from a reuse
 * of the key.
 */
public final class Idempotency {

  public static final int MAX_KEY_LENGTH = 200;

  private final JsonMapper json;

  public Idempotency(JsonMapper json) {
    this.json = json;
  }

  /** A random id, or the id the key stands for, e.g. {@code a-<uuid>}. */
  public static String id(String prefix, String caller, String key) {
    return prefix
        + (key == null
            ? UUID.randomUUID()
            : UUID.nameUUIDFromBytes((caller + "\n" + key).getBytes(StandardCharsets.UTF_8)));
  }

  /** Checks the header's length (400 beyond {@value #MAX_KEY_LENGTH} characters). */
  public static void check(String key, Violations v) {
    v.maxLength("Idempotency-Key", key, MAX_KEY_LENGTH);
  }

  /** A fingerprint of a request body. */
  public String hash(Object body) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The problem for a key reused with another body. */
  public static ProblemException reused() {
    return Problems.conflict("idempotency-key-reused");
  }
}
