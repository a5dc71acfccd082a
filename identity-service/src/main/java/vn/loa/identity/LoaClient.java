package vn.loa.identity;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered client: the gateway (browser sign-in, authorization code) or an integrating system
 * (client credentials, bound to one unit with the integrator role).
 *
 * @param clientId the client id, also the subject of its client-credentials tokens
 * @param secretHash the client secret, hashed ({@code {bcrypt}…})
 * @param grantTypes {@code authorization_code}, {@code refresh_token}, {@code client_credentials}
 * @param unitId for client credentials: the unit the client's tokens are bound to
 * @param roles for client credentials: the roles its tokens carry
 * @param postLogoutRedirectUris for authorization code: where the browser may be sent after signing
 *     out
 */
@Document("clients")
public record LoaClient(
    @Id String clientId,
    String secretHash,
    String name,
    List<String> grantTypes,
    List<String> redirectUris,
    String unitId,
    List<String> roles,
    List<String> postLogoutRedirectUris) {}
