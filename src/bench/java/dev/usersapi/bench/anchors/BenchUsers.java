package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the users of the request-path benchmark ({@code src/bench/request-path.sh}) for the
 * anchors: the file {@code GenerateUsers --numbered-ids --all-blocked} writes, which every server
 * in the benchmark is given.
 */
public final class BenchUsers {

    private BenchUsers() {}

    /** The mapper both anchors read and write users with: Jackson's defaults. */
    static ObjectMapper mapper() {
        return JsonMapper.builder().build();
    }

    /** Reads a users file into a map by user id, each user as an {@link AnchorUser}. */
    static ConcurrentHashMap<String, AnchorUser> load(Path file, ObjectMapper mapper) throws IOException {
        List<Map<String, Object>> documents;
        try (InputStream in = Files.newInputStream(file)) {
            documents = mapper.readValue(in, new TypeReference<List<Map<String, Object>>>() {});
        }
        ConcurrentHashMap<String, AnchorUser> users = new ConcurrentHashMap<>(documents.size() * 2);
        for (Map<String, Object> document : documents) {
            String userId = (String) document.remove("user_id");
            boolean disabled = (Boolean) document.remove("disabled");
            long creationTime = ((Number) document.remove("creation_time")).longValue();
            long lastUpdated = ((Number) document.remove("last_updated")).longValue();
            Number blockUntil = (Number) document.remove("block_until");
            Number failureCount = (Number) document.remove("failure_count");
            users.put(
                    userId,
                    new AnchorUser(
                            userId,
                            disabled,
                            creationTime,
                            lastUpdated,
                            blockUntil == null ? null : blockUntil.longValue(),
                            failureCount == null ? 0 : failureCount.intValue(),
                            Collections.unmodifiableMap(document)));
        }
        return users;
    }
}
