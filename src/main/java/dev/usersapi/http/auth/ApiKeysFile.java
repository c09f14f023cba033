package dev.usersapi.http.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the API keys file: a JSON array of {@code {"id", "sha256", "scopes"}} objects, where
 * {@code sha256} is the hex SHA-256 digest of the key's secret. The file never holds a secret.
 */
public final class ApiKeysFile {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** Sorted, so that the messages listing them read the same at every run (a Set.of's order varies). */
    private static final SortedSet<String> KNOWN_SCOPES = Collections.unmodifiableSortedSet(
            new TreeSet<>(List.of(Scopes.USERS_READ, Scopes.USERS_WRITE, Scopes.LOGS_READ)));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private record Entry(String id, String sha256, List<String> scopes) {}

    private ApiKeysFile() {}

    /**
     * @throws IllegalArgumentException naming the first thing wrong with the file's content
     * @throws IOException when the file cannot be read
     */
    public static List<ApiKey> read(Path file) throws IOException {
        Entry[] entries;
        try {
            entries = MAPPER.readValue(Files.readAllBytes(file), Entry[].class);
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException(
                    "not a JSON array of {\"id\", \"sha256\", \"scopes\"} objects: " + malformed.getOriginalMessage());
        }
        if (entries == null) {
            throw new IllegalArgumentException("expected a JSON array of keys, found null");
        }
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            keys.add(toKey(entries[i], i));
        }
        return keys;
    }

    private static ApiKey toKey(Entry entry, int index) {
        String where = "key #" + (index + 1);
        if (entry == null) {
            throw new IllegalArgumentException(where + " is null");
        }
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            throw new IllegalArgumentException(where + ": \"id\" must be 1 to 64 of A-Z a-z 0-9 . _ : -");
        }
        where = "key '" + entry.id() + "'";
        if (entry.sha256() == null || !HEX_SHA256.matcher(entry.sha256()).matches()) {
            throw new IllegalArgumentException(
                    where + ": \"sha256\" must be 64 hex digits (the SHA-256 of the secret)");
        }
        if (entry.scopes() == null || entry.scopes().isEmpty()) {
            throw new IllegalArgumentException(where + ": \"scopes\" must list at least one of " + KNOWN_SCOPES);
        }
        Set<String> scopes = new LinkedHashSet<>(entry.scopes());
        for (String scope : scopes) {
            if (!KNOWN_SCOPES.contains(scope)) {
                throw new IllegalArgumentException(
                        where + ": unknown scope '" + scope + "', expected one of " + KNOWN_SCOPES);
            }
        }
        return new ApiKey(entry.id(), HexFormat.of().parseHex(entry.sha256().toLowerCase(Locale.ROOT)), scopes);
    }
}
