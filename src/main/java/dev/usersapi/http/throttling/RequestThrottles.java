package dev.usersapi.http.throttling;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * The limits on requests under {@code /api/}, as the authentication filter applies them: the
 * client address's failed authentications before the key is looked at, a failure when there is
 * no valid key, and the key's own limit once it is known. Applied there rather than in filters of
 * their own, since the filter already knows the path and the key, and every request pays for each
 * filter Jersey runs. A limit switched off costs nothing.
 */
public final class RequestThrottles {

    /** No throttling at all. */
    public static final RequestThrottles NONE = new RequestThrottles(null, null);

    private final ApiKeyThrottle perKey;
    private final ClientAddressThrottle perClient;

    private RequestThrottles(ApiKeyThrottle perKey, ClientAddressThrottle perClient) {
        this.perKey = perKey;
        this.perClient = perClient;
    }

    /** @param keyIds the ids of every API key, each of which gets a limit of its own */
    public static RequestThrottles of(ThrottleSettings settings, Collection<String> keyIds) {
        return new RequestThrottles(
                settings.perKey()
                        .map(limit -> new ApiKeyThrottle(limit, keyIds))
                        .orElse(null),
                settings.failedAuthentications().map(ClientAddressThrottle::new).orElse(null));
    }

    /** @throws dev.usersapi.problems.ApiProblemException 429 while the client's failures are used up */
    public void admitClient(Supplier<String> address) {
        if (perClient != null) {
            perClient.admit(address);
        }
    }

    /** Counts a missing or unknown key against the client's address. */
    public void failedAuthentication(Supplier<String> address) {
        if (perClient != null) {
            perClient.failed(address.get());
        }
    }

    /** @throws dev.usersapi.problems.ApiProblemException 429 when the key has used up its limit */
    public void admitKey(String keyId) {
        if (perKey != null) {
            perKey.admit(keyId);
        }
    }
}
