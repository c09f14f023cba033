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
    private final String entityTag;

    RenderedUser(byte[] json, long version) {
        this.json = json;
        this.entityTag = EntityTags.of(version);
    }

    /** The {@code ETag} of this user as it is: its version, quoted. */
    public String entityTag() {
        return entityTag;
    }

    /** The document as UTF-8 JSON. The array is the user's own: do not change it. */
    public byte[] json() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedUser rendered
                && java.util.Arrays.equals(json, rendered.json)
                && entityTag.equals(rendered.entityTag);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(json) + entityTag.hashCode();
    }

    @Override
    public String toString() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
