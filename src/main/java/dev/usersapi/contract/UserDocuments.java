package dev.usersapi.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.model.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Converts between the contract's User document and the domain's {@link UserAccount}. The fields
 * the server reasons about become typed domain fields; everything else is kept as the profile.
 */
public final class UserDocuments {

    private static final List<String> DOMAIN_FIELDS =
            List.of("user_id", "disabled", "creation_time", "last_updated", "block_until", "failure_count");

    private final ObjectMapper mapper;

    public UserDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The API representation of an account. */
    public User toRepresentation(UserAccount account) {
        User user = new User();
        try {
            // Updating an instance fills the profile fields by setter, without the generated
            // constructor that insists on the domain fields being present in the document.
            ObjectReader reader = mapper.readerForUpdating(user);
            reader.readValue(account.profileJson());
        } catch (IOException corrupt) {
            throw new UncheckedIOException(
                    "stored profile of user " + account.userId() + " is not a User document", corrupt);
        }
        Lockout lockout = account.lockout();
        return user.userId(account.userId())
                .disabled(account.disabled())
                .creationTime(account.creationTime())
                .lastUpdated(account.lastUpdated())
                .blockUntil(lockout.blockUntil())
                .failureCount(lockout.failureCount());
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
        ObjectNode profile = complete;
        profile.remove(DOMAIN_FIELDS);
        return new UserAccount(
                user.getUserId(),
                user.getDisabled(),
                user.getCreationTime(),
                user.getLastUpdated(),
                new Lockout(user.getBlockUntil(), user.getFailureCount()),
                profile.toString());
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
