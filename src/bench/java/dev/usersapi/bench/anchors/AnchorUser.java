package dev.usersapi.bench.anchors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One user as the anchors keep it: the fields an unblock changes are typed, the rest of the
 * document is the parsed profile, a tree of maps and lists that Jackson writes out on every
 * response. Immutable: an unblock that changes something replaces the instance in the map, as
 * the server's in-memory store does.
 */
@JsonAutoDetect(
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"user_id", "disabled", "creation_time", "last_updated", "block_until", "failure_count"})
public final class AnchorUser {

    private final String userId;
    private final boolean disabled;
    private final long creationTime;
    private final long lastUpdated;
    private final Long blockUntil;
    private final int failureCount;
    private final Map<String, Object> profile;

    AnchorUser(
            String userId,
            boolean disabled,
            long creationTime,
            long lastUpdated,
            Long blockUntil,
            int failureCount,
            Map<String, Object> profile) {
        this.userId = userId;
        this.disabled = disabled;
        this.creationTime = creationTime;
        this.lastUpdated = lastUpdated;
        this.blockUntil = blockUntil;
        this.failureCount = failureCount;
        this.profile = profile;
    }

    /** This user with no block and no failures, stamped with the time if that changed anything. */
    AnchorUser unblockedAt(long epochSecond) {
        if (blockUntil == null && failureCount == 0) {
            return this;
        }
        return new AnchorUser(userId, disabled, creationTime, epochSecond, null, 0, profile);
    }

    @JsonProperty("user_id")
    public String userId() {
        return userId;
    }

    @JsonProperty("disabled")
    public boolean disabled() {
        return disabled;
    }

    @JsonProperty("creation_time")
    public long creationTime() {
        return creationTime;
    }

    @JsonProperty("last_updated")
    public long lastUpdated() {
        return lastUpdated;
    }

    @JsonProperty("block_until")
    public Long blockUntil() {
        return blockUntil;
    }

    @JsonProperty("failure_count")
    public int failureCount() {
        return failureCount;
    }

    /** Every other field of the user's document, written after the ones above. */
    @JsonAnyGetter
    public Map<String, Object> profile() {
        return profile;
    }
}
