package vn.loa.identity;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in: bound to one unit with one or more roles there.
 *
 * @param username the sign-in name, also the token's subject
 * @param passwordHash the password, hashed ({@code {bcrypt}…})
 */
@Document("users")
public record LoaUser(
    @Id String username,
    String passwordHash,
    String displayName,
    String unitId,
    List<String> roles,
    boolean enabled) {}
