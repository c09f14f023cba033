package dev.usersapi.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.contract.ApiObjectMapper;
import dev.usersapi.contract.UserDocuments;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds users for tests from the provider's example user, with the fields a test cares about changed. */
public final class TestUsers {

    /** Long before any test runs, so a moved last_updated is easy to see. */
    public static final long CREATED = 1_640_975_400L;
    /** A block that ends in 2100. */
    public static final long FAR_FUTURE = 4_102_444_800L;
    /** A block that ended in 2023. */
    public static final long PAST = 1_700_000_000L;

    private static final ObjectMapper MAPPER = ApiObjectMapper.create();
    private static final ObjectNode TEMPLATE = loadTemplate();

    private final ObjectNode document;

    private TestUsers(String userId) {
        document = TEMPLATE.deepCopy();
        document.put("user_id", userId);
        document.put("disabled", false);
        document.put("last_updated", CREATED);
    }

    /** A user with a fresh id made from the prefix, not blocked, not disabled. */
    public static TestUsers user(String prefix) {
        return new TestUsers(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static TestUsers userWithId(String userId) {
        return new TestUsers(userId);
    }

    public TestUsers blockedUntil(Long epochSecond, int failureCount) {
        if (epochSecond == null) {
            document.putNull("block_until");
        } else {
            document.put("block_until", epochSecond);
        }
        document.put("failure_count", failureCount);
        return this;
    }

    /** The user's sign-in history, as a document in today's shape gives it. */
    public TestUsers signIns(SignInHistory history) {
        document.put("sign_in_attempts_count", history.attempts());
        putNullable("last_sign_in_attempt", history.lastAttempt());
        document.put("last_sign_in_attempt_ip", history.lastAttemptIp());
        document.put("sign_in_success_count", history.successes());
        putNullable("last_sign_in_success", history.lastSuccess());
        document.put("last_sign_in_success_ip", history.lastSuccessIp());
        putNullable("last_activity", history.lastActivity());
        return this;
    }

    private void putNullable(String field, Long value) {
        if (value == null) {
            document.putNull(field);
        } else {
            document.put(field, value);
        }
    }

    public TestUsers createdAt(long epochSecond) {
        document.put("creation_time", epochSecond);
        return this;
    }

    /** The user's e-mail addresses, in place of the example's one, the first of them primary. */
    public TestUsers emails(String... addresses) {
        ArrayNode emails = document.putArray("emails");
        for (int i = 0; i < addresses.length; i++) {
            ObjectNode email = emails.addObject()
                    .put(
                            "id",
                            UUID.nameUUIDFromBytes(addresses[i].getBytes(StandardCharsets.UTF_8))
                                    .toString())
                    .put("primary", i == 0)
                    .put("verified", true)
                    .put("email", addresses[i]);
            email.putArray("authenticators").add("password");
            email.putArray("idps").add("monocloud");
        }
        return this;
    }

    public TestUsers disabled() {
        document.put("disabled", true);
        return this;
    }

    public UserAccount build() {
        return new UserDocuments(MAPPER).fromDocument(document.deepCopy());
    }

    private static ObjectNode loadTemplate() {
        try (InputStream in = TestUsers.class.getResourceAsStream("/seed-example-user.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
