package dev.usersapi.domain.ip;

import java.util.Comparator;
import java.util.Optional;

/**
 * The order of a listing of a user's IP lockouts: by one field, ascending or descending. Records
 * with equal values are ordered by {@code ip} in the same direction; a missing value (a
 * {@code block_until} never set) is the smallest, as in the users' listing.
 */
public record IpLockoutSort(Field field, boolean descending) {

    /** What a listing without a {@code sort} is ordered by: the latest attempt first. */
    public static final IpLockoutSort DEFAULT = new IpLockoutSort(Field.LAST_SIGN_IN_ATTEMPT, true);

    /** The fields a listing can be ordered by, by their names in the API. */
    public enum Field {
        BLOCK_UNTIL("block_until"),
        LAST_SIGN_IN_ATTEMPT("last_sign_in_attempt"),
        LAST_SIGN_IN_SUCCESS("last_sign_in_success");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The record's value of this field, or null if it has none. */
        public Long valueIn(IpLockout record) {
            return switch (this) {
                case BLOCK_UNTIL -> record.lockout().blockUntil();
                case LAST_SIGN_IN_ATTEMPT -> record.lastAttempt();
                case LAST_SIGN_IN_SUCCESS -> record.lastSuccess();
            };
        }

        public static Optional<Field> named(String name) {
            for (Field field : values()) {
                if (field.wireName.equals(name)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /** This order as a comparator, as every store must order. */
    public Comparator<IpLockout> comparator() {
        Comparator<IpLockout> ascending = Comparator.comparing(
                        field::valueIn, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
                .thenComparing(IpLockout::ip);
        return descending ? ascending.reversed() : ascending;
    }
}
