package dev.usersapi.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.generated.model.User;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
    @JsonIgnoreProperties({
        "user_id",
        "disabled",
        "creation_time",
        "last_updated",
        "block_until",
        "failure_count",
        "sign_in_attempts_count",
        "last_sign_in_attempt",
        "last_sign_in_attempt_ip",
        "sign_in_success_count",
        "last_sign_in_success",
        "last_sign_in_success_ip",
        "last_activity"
    })
    private interface ProfileOnly {}

    /**
     * The API representation of an account: its typed fields, then its profile as stored (in the
     * contract's form, see {@link #fromDocument}), written once into a {@link RenderedUser}.
     */
    public RenderedUser toRepresentation(UserAccount account) {
        String profile = account.profileJson();
        Lockout lockout = account.lockout();
        SignInHistory signIns = account.signIns();
        StringBuilder json = new StringBuilder(profile.length() + 480);
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
                .append(lockout.failureCount())
                .append(",\"sign_in_attempts_count\":")
                .append(signIns.attempts())
                .append(",\"last_sign_in_attempt\":")
                .append(signIns.lastAttempt())
                .append(",\"last_sign_in_attempt_ip\":");
        appendString(json, signIns.lastAttemptIp());
        json.append(",\"sign_in_success_count\":")
                .append(signIns.successes())
                .append(",\"last_sign_in_success\":")
                .append(signIns.lastSuccess())
                .append(",\"last_sign_in_success_ip\":");
        appendString(json, signIns.lastSuccessIp());
        json.append(",\"last_activity\":").append(signIns.lastActivity());
        int inner = profile.indexOf('{') + 1;
        if (hasFields(profile, inner)) {
            json.append(',');
        }
        json.append(profile, inner, profile.length());
        return new RenderedUser(json.toString().getBytes(StandardCharsets.UTF_8), account.version());
    }

    /** A JSON string, escaped, or {@code null}. */
    private static void appendString(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
        } else {
            json.append('"');
            JsonStringEncoder.getInstance().quoteAsString(value, json);
            json.append('"');
        }
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
        addFieldsOfTheCurrentShape(complete);
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
        requirePresent(user.getSignInAttemptsCount(), "sign_in_attempts_count");
        requirePresent(user.getSignInSuccessCount(), "sign_in_success_count");
        if (user.getSignInAttemptsCount() < 0 || user.getSignInSuccessCount() < 0) {
            throw new InvalidUserDocumentException("sign-in counts must not be negative");
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
                new SignInHistory(
                        user.getSignInAttemptsCount(),
                        user.getLastSignInAttempt(),
                        user.getLastSignInAttemptIp(),
                        user.getSignInSuccessCount(),
                        user.getLastSignInSuccess(),
                        user.getLastSignInSuccessIp(),
                        user.getLastActivity()),
                profile,
                UserAccount.FIRST_VERSION);
    }

    /**
     * Gives a document in the seed's older shape the fields the User has gained since, as the
     * README documents them: a user who never signed in, with no connections, no forced password
     * reset and no known location, and with its linked identities under both their names
     * ({@code idps} and {@code external_providers}), whichever of the two it has.
     */
    private static void addFieldsOfTheCurrentShape(ObjectNode user) {
        JsonNode idps = user.get("idps");
        JsonNode externalProviders = user.get("external_providers");
        if (externalProviders == null && idps != null) {
            user.set("external_providers", idps.deepCopy());
        } else if (idps == null && externalProviders != null) {
            user.set("idps", externalProviders.deepCopy());
        }
        user.putIfAbsent("connections", user.arrayNode());
        user.putIfAbsent("force_password_reset", BooleanNode.FALSE);
        user.putIfAbsent("sign_in_attempts_count", LongNode.valueOf(0));
        user.putIfAbsent("sign_in_success_count", LongNode.valueOf(0));
        for (String field : NULL_WHEN_ABSENT) {
            user.putIfAbsent(field, NullNode.getInstance());
        }
    }

    private static final List<String> NULL_WHEN_ABSENT = List.of(
            "last_sign_in_attempt",
            "last_sign_in_attempt_ip",
            "last_sign_in_success",
            "last_sign_in_success_ip",
            "last_activity",
            "last_known_city",
            "last_known_country",
            "last_known_region");

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
