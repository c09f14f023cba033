package dev.usersapi.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.listing.UserCondition;
import java.util.HashSet;
import java.util.Set;

/**
 * The e-mail addresses in a stored profile ({@code emails[].email}), as a listing's filter
 * compares them: what a store indexes so that {@code email:...} finds a user without reading
 * every profile.
 */
public final class ProfileEmails {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileEmails() {}

    /** The profile's addresses, normalized; empty for a profile without any. */
    public static Set<String> of(String profileJson) {
        JsonNode emails;
        try {
            emails = MAPPER.readTree(profileJson).path("emails");
        } catch (JsonProcessingException notJson) {
            // Stored profiles were written by the server as JSON objects; this one is not a profile.
            throw new IllegalArgumentException("the profile is not JSON: " + notJson.getOriginalMessage(), notJson);
        }
        Set<String> addresses = new HashSet<>();
        for (JsonNode email : emails) {
            JsonNode address = email.path("email");
            if (address.isTextual()) {
                addresses.add(UserCondition.normalizedEmail(address.asText()));
            }
        }
        return Set.copyOf(addresses);
    }
}
