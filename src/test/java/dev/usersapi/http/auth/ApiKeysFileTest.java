package dev.usersapi.http.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysFileTest {

    @TempDir
    Path dir;

    @Test
    void readsKeysAndAuthenticatesTheirSecrets() throws Exception {
        Path file = write("[{\"id\":\"ops\",\"sha256\":\"" + sha256Hex("s3cret")
                + "\",\"scopes\":[\"users:read\",\"users:write\"]}," + "{\"id\":\"desk\",\"sha256\":\""
                + sha256Hex("desk-secret").toUpperCase(Locale.ROOT) + "\",\"scopes\":[\"users:read\"]}]");

        ApiKeyRegistry registry = new ApiKeyRegistry(ApiKeysFile.read(file));

        assertEquals("ops", registry.authenticate("s3cret").orElseThrow().id());
        assertEquals(
                Set.of("users:read"),
                registry.authenticate("desk-secret").orElseThrow().scopes());
        assertTrue(registry.authenticate("s3cret ").isEmpty());
        assertTrue(registry.authenticate("").isEmpty());
    }

    @Test
    void rejectsMalformedFilesWithAMessageNamingTheProblem() throws Exception {
        assertRejected("{}", "not a JSON array");
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"abc\",\"scopes\":[\"users:read\"]}]",
                "key 'a': \"sha256\" must be 64 hex digits");
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[\"users:delete\"]}]",
                "unknown scope 'users:delete'");
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[]}]",
                "\"scopes\" must list at least one");
        assertRejected("[{\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[\"users:read\"]}]", "key #1: \"id\"");
        assertRejected(
                "[{\"id\":\"a\",\"secret\":\"x\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[\"users:read\"]}]",
                "secret");
    }

    @Test
    void listsTheKnownScopesInSortedOrder() throws Exception {
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[\"users:delete\"]}]",
                "key 'a': unknown scope 'users:delete', expected one of [logs:read, users:read, users:write]");
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[]}]",
                "key 'a': \"scopes\" must list at least one of [logs:read, users:read, users:write]");
        assertRejected(
                "[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\"}]",
                "key 'a': \"scopes\" must list at least one of [logs:read, users:read, users:write]");
    }

    @Test
    void rejectsTwoKeysWithOneId() throws Exception {
        Path file = write("[{\"id\":\"a\",\"sha256\":\"" + sha256Hex("x") + "\",\"scopes\":[\"users:read\"]},"
                + "{\"id\":\"a\",\"sha256\":\"" + sha256Hex("y") + "\",\"scopes\":[\"users:read\"]}]");
        List<ApiKey> keys = ApiKeysFile.read(file);

        IllegalArgumentException rejected =
                assertThrows(IllegalArgumentException.class, () -> new ApiKeyRegistry(keys));
        assertTrue(rejected.getMessage().contains("two API keys have the id 'a'"));
    }

    private void assertRejected(String content, String expectedMessagePart) throws Exception {
        Path file = write(content);
        IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class, () -> ApiKeysFile.read(file));
        assertTrue(rejected.getMessage().contains(expectedMessagePart), rejected.getMessage());
    }

    private Path write(String content) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "keys", ".json"), content);
    }

    static String sha256Hex(String secret) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
