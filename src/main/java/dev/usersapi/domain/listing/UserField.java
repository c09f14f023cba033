package dev.usersapi.domain.listing;

import dev.usersapi.domain.UserAccount;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a user that a listing can filter or sort on, under their names in the contract.
 * Each has a kind, which says how a filter compares it; only numbers are sortable, as in the
 * provider's own API.
 */
public enum UserField {
    USER_ID("user_id", Kind.TEXT, false),
    EMAIL("email", Kind.TEXT, false),
    DISABLED("disabled", Kind.BOOLEAN, false),
    FAILURE_COUNT("failure_count", Kind.COUNT, true),
    SIGN_IN_ATTEMPTS_COUNT("sign_in_attempts_count", Kind.COUNT, true),
    SIGN_IN_SUCCESS_COUNT("sign_in_success_count", Kind.COUNT, true),
    BLOCK_UNTIL("block_until", Kind.TIME, true),
    LAST_SIGN_IN_ATTEMPT("last_sign_in_attempt", Kind.TIME, true),
    LAST_SIGN_IN_SUCCESS("last_sign_in_success", Kind.TIME, true),
    LAST_ACTIVITY("last_activity", Kind.TIME, true),
    CREATION_TIME("creation_time", Kind.TIME, true),
    LAST_UPDATED("last_updated", Kind.TIME, true);

    /** How a filter compares a field. */
    public enum Kind {
        /** Exact match of a string; e-mail addresses without regard to case. */
        TEXT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number, compared by ranges. */
        COUNT,
        /** Epoch seconds, compared by ranges, with {@code now} and {@code now-1h} style values. */
        TIME
    }

    private static final Map<String, UserField> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(UserField::wireName, Function.identity()));

    private final String wireName;
    private final Kind kind;
    private final boolean sortable;

    UserField(String wireName, Kind kind, boolean sortable) {
        this.wireName = wireName;
        this.kind = kind;
        this.sortable = sortable;
    }

    /** The field's name in the contract and in filter and sort expressions. */
    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSortable() {
        return sortable;
    }

    /** Whether a user may have no value in this field (a user never blocked has no {@code block_until}). */
    public boolean isNullable() {
        return this == BLOCK_UNTIL
                || this == LAST_SIGN_IN_ATTEMPT
                || this == LAST_SIGN_IN_SUCCESS
                || this == LAST_ACTIVITY;
    }

    /** Whether a filter compares this field by ranges of numbers. */
    public boolean isNumeric() {
        return kind == Kind.COUNT || kind == Kind.TIME;
    }

    /**
     * The value of this numeric field on the account, or null when it has none (a user never
     * blocked has no {@code block_until}).
     */
    public Long numberOf(UserAccount account) {
        return switch (this) {
            case FAILURE_COUNT -> (long) account.lockout().failureCount();
            case SIGN_IN_ATTEMPTS_COUNT -> account.signIns().attempts();
            case SIGN_IN_SUCCESS_COUNT -> account.signIns().successes();
            case BLOCK_UNTIL -> account.lockout().blockUntil();
            case LAST_SIGN_IN_ATTEMPT -> account.signIns().lastAttempt();
            case LAST_SIGN_IN_SUCCESS -> account.signIns().lastSuccess();
            case LAST_ACTIVITY -> account.signIns().lastActivity();
            case CREATION_TIME -> account.creationTime();
            case LAST_UPDATED -> account.lastUpdated();
            case USER_ID, EMAIL, DISABLED -> throw new IllegalStateException(wireName + " is not numeric");
        };
    }

    /** The field with this contract name, if there is one. */
    public static Optional<UserField> named(String wireName) {
        return Optional.ofNullable(BY_NAME.get(wireName));
    }
}
