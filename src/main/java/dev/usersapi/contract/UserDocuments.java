package dev.usersapi.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.model.User;
import java.nio.charset.StandardCharsets;

/**
 * Converts between the contract's User document and the domain's {@link UserAccount}. The fields
 * the server reasons about become typed domain fields; everything else is kept as the profile.
 */
public final class UserDocuments {

    private final ObjectMapper mapper;
    /** Writes a User without its typed fields: what is stored as the profile. */
    private final ObjectWriter profileWriter;

    public UserDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
        this.profileWriter =
                mapper.copy().addMixIn(User.class, ProfileOnly.class).writerFor(User.class);
    }

    /** The fields of a User that are the account's typed fields, not its profile. */
    @JsonIgnoreProperties({"user_id", "disabled", "creation_time", "last_updated", "block_until", "failure_count"})
    private interface ProfileOnly {}

    /**
     * The API representation of an account: its typed fields, then its profile as stored (in the
     * contract's form, see {@link #fromDocument}), written once into a {@link RenderedUser}.
     */
    public User toRepresentation(UserAccount account) {
        String profile = account.profileJson();
        Lockout lockout = account.lockout();
        StringBuilder json = new StringBuilder(profile.length() + 160);
        // The id needs no escaping: the id rule admits only ASCII letters, digits and _ - . | @ : +.
        json.append("{\"user_id\":\"")
                .append(account.userId())
                .append("\",\"disabled\":")
                .append(account.disabled())
                .append(",\"creation_time\":")
                .append(account.creationTime())
                .append(",\"last_updated\":")
                .append(account.lastUpdated())
                .append(",\"block_until\":")
                .append(lockout.blockUntil())
                .append(",\"failure_count\":")
                .append(lockout.failureCount());
        int inner = profile.indexOf('{') + 1;
        if (hasFields(profile, inner)) {
            json.append(',');
        }
        json.append(profile, inner, profile.length());
        return new RenderedUser(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasFields(String object, int from) {
        for (int i = from; i < object.length(); i++) {
            char c = object.charAt(i);
            if (c == '}') {
                return false;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one User document as given in seed and import files: every field of the contract's
     * User is required except the lockout fields, which default to "not blocked". The document is
     * taken over and changed on the way (copying it would cost an import of millions of users
     * dearly); pass a copy to keep the original.
     *
     * @throws InvalidUserDocumentException saying what is wrong with the document
     */
    public UserAccount fromDocument(JsonNode document) {
        if (!(document instanceof ObjectNode complete)) {
            throw new InvalidUserDocumentException("a user must be a JSON object");
        }
        complete.putIfAbsent("block_until", NullNode.getInstance());
        complete.putIfAbsent("failure_count", IntNode.valueOf(0));
        User user;
        try {
            user = mapper.treeToValue(complete, User.class);
        } catch (JsonProcessingException invalid) {
            throw new InvalidUserDocumentException(invalid.getOriginalMessage());
        }
        UserIdRule.get().problemWith(user.getUserId()).ifPresent(problem -> {
            throw new InvalidUserDocumentException(problem);
        });
        requirePresent(user.getDisabled(), "disabled");
        requirePresent(user.getCreationTime(), "creation_time");
        requirePresent(user.getLastUpdated(), "last_updated");
        requirePresent(user.getFailureCount(), "failure_count");
        if (user.getFailureCount() < 0) {
            throw new InvalidUserDocumentException("failure_count must not be negative");
        }
        String profile;
        try {
            // The contract's form of the profile: every field of the User, null ones too, and
            // nothing else, so that writing it back needs no binding to the model.
            profile = profileWriter.writeValueAsString(user);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a User read from JSON always writes", impossible);
        }
        return new UserAccount(
                user.getUserId(),
                user.getDisabled(),
                user.getCreationTime(),
                user.getLastUpdated(),
                new Lockout(user.getBlockUntil(), user.getFailureCount()),
                profile);
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new InvalidUserDocumentException(field + " must not be null");
        }
    }

    /** A User document that breaks the contract. */
    public static final class InvalidUserDocumentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public InvalidUserDocumentException(String message) {
            super(message);
        }
    }
}
