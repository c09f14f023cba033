package dev.usersapi.domain.listing;

import java.util.List;
import java.util.Objects;

/**
 * What a listing asks a store for: the users matching every condition, in this order, skipping
 * {@code offset} of them and returning at most {@code limit}.
 */
public record UserQuery(List<UserCondition> conditions, UserSort sort, long offset, int limit) {

    public UserQuery {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
    }

    /** Whether some condition can match no user at all, so the store need not look. */
    public boolean matchesNothing() {
        return conditions.stream().anyMatch(c -> c instanceof UserCondition.InRange range && range.isEmpty());
    }
}
