package dev.usersapi.contract;

import dev.usersapi.generated.model.User;
import java.nio.charset.StandardCharsets;

/**
 * A User whose JSON document is already written: the account's typed fields followed by its
 * stored profile, which was put in the contract's form when it was stored. Answering with it
 * costs a copy of the profile, where binding the profile to the generated model and serializing
 * that again cost a good part of a request's time. Written by {@link RenderedUserWriter}; its
 * model fields are not set.
 */
public final class RenderedUser extends User {

    private final byte[] json;
    private final long version;

    RenderedUser(byte[] json, long version) {
        this.json = json;
        this.version = version;
    }

    /**
     * The {@code ETag} of this user as it is: its version, quoted. Made when asked, since the
     * users of a listing are written without one.
     */
    public String entityTag() {
        return EntityTags.of(version);
    }

    /** The document as UTF-8 JSON. The array is the user's own: do not change it. */
    public byte[] json() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedUser rendered
                && java.util.Arrays.equals(json, rendered.json)
                && version == rendered.version;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(json) + Long.hashCode(version);
    }

    @Override
    public String toString() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
