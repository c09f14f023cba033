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

    RenderedUser(byte[] json) {
        this.json = json;
    }

    /** The document as UTF-8 JSON. The array is the user's own: do not change it. */
    public byte[] json() {
        return json;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedUser rendered && java.util.Arrays.equals(json, rendered.json);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return new String(json, StandardCharsets.UTF_8);
    }
}
