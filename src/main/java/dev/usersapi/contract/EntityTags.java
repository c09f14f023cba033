package dev.usersapi.contract;

import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.Set;

/**
 * A user's entity tag is its version, as a strong tag: {@code "7"}. A client sends it back in
 * {@code If-Match} to unblock the user only as it saw it.
 */
public final class EntityTags {

    private EntityTags() {}

    /** The tag of this version, quoted, as the {@code ETag} field carries it. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an {@code If-Match} field admits, or null when it admits any ({@code *}, or no
     * field). RFC 9110 compares If-Match strongly: a weak tag never matches, and neither does a tag
     * that is not a version this server made. So the set may be empty, which no version matches.
     */
    public static Set<Long> versionsAdmittedBy(Set<? extends EntityTag> ifMatch) {
        // Jersey reads "*" as an empty set (MatchingEntityTag.ANY_MATCH); a field that lists no tag
        // at all is malformed and never gets here.
        if (ifMatch == null || ifMatch.isEmpty()) {
            return null;
        }
        Set<Long> versions = new HashSet<>();
        for (EntityTag tag : ifMatch) {
            if (!tag.isWeak()) {
                parsedVersion(tag.getValue(), versions);
            }
        }
        return versions;
    }

    private static void parsedVersion(String value, Set<Long> versions) {
        // Digits only, and few enough for a long: anything else is no version of this server's.
        if (value.isEmpty() || value.length() > 18) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return;
            }
        }
        versions.add(Long.parseLong(value));
    }
}
