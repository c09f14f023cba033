package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work both anchors do for a request, and nothing else: check the API key, find the user in
 * a {@link ConcurrentHashMap}, and for an unblock reset its lockout. Serialising the user is left
 * to each anchor's own way of writing a response.
 *
 * <p>The key check is the server's: the SHA-256 digest of the presented key is compared with the
 * digest of the one key in constant time ({@link MessageDigest#isEqual}), so a check costs one
 * digest per request, as it does in the server.
 */
final class UnblockWork {

    private final ConcurrentHashMap<String, AnchorUser> users;
    private final byte[] keyDigest;
    private final Clock clock = Clock.systemUTC();

    private UnblockWork(ConcurrentHashMap<String, AnchorUser> users, byte[] keyDigest) {
        this.users = users;
        this.keyDigest = keyDigest;
    }

    static UnblockWork load(Options options, ObjectMapper mapper) throws IOException {
        return new UnblockWork(BenchUsers.load(options.usersFile(), mapper), sha256(options.apiKey()));
    }

    int userCount() {
        return users.size();
    }

    /** Whether the X-API-KEY header's value is the key; false when there is none. */
    boolean keyMatches(String presented) {
        return presented != null && MessageDigest.isEqual(sha256(presented), keyDigest);
    }

    /** The user, or null when no user has this id. */
    AnchorUser find(String userId) {
        return users.get(userId);
    }

    /** Resets the user's lockout and returns the user after it, or null when no user has this id. */
    AnchorUser unblock(String userId) {
        long now = clock.instant().getEpochSecond();
        return users.computeIfPresent(userId, (id, before) -> before.unblockedAt(now));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    /** The command line both anchors take: {@code --port N --users FILE --api-key SECRET}. */
    record Options(int port, Path usersFile, String apiKey) {

        static Options parse(String name, String[] args) {
            int port = -1;
            Path usersFile = null;
            String apiKey = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[i + 1]);
                    case "--users" -> usersFile = Path.of(args[i + 1]);
                    case "--api-key" -> apiKey = args[i + 1];
                    default -> throw new IllegalArgumentException(name + ": unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0 || port < 0 || port > 65_535 || usersFile == null || apiKey == null) {
                throw new IllegalArgumentException(
                        "usage: " + name + " --port N --users FILE --api-key SECRET (all three needed)");
            }
            return new Options(port, usersFile, apiKey);
        }
    }
}
