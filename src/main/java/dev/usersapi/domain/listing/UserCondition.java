package dev.usersapi.domain.listing;

import dev.usersapi.domain.UserAccount;
import java.util.Objects;
import java.util.Set;

/**
 * One condition of a listing's filter; a filter is a list of them that must all hold. Every store
 * evaluates them with the same meaning, including for a field without a value (a user who was
 * never blocked has no {@code block_until}): no range matches it.
 */
public sealed interface UserCondition {

    UserField field();

    /**
     * Whether the account meets this condition; the reference meaning, which the database stores
     * express in SQL.
     *
     * @param emails the account's e-mail addresses, {@link #normalizedEmail normalized}
     */
    boolean matches(UserAccount account, Set<String> emails);

    /**
     * The field equals the text: {@code user_id} exactly, {@code email} (any of the user's
     * addresses) without regard to ASCII case.
     */
    record TextEquals(UserField field, String value) implements UserCondition {
        public TextEquals {
            Objects.requireNonNull(value, "value");
            if (field.kind() != UserField.Kind.TEXT) {
                throw new IllegalArgumentException(field.wireName() + " is not a text field");
            }
            if (field == UserField.EMAIL) {
                value = normalizedEmail(value);
            }
        }

        @Override
        public boolean matches(UserAccount account, Set<String> emails) {
            return field == UserField.EMAIL
                    ? emails.contains(value)
                    : account.userId().equals(value);
        }
    }

    /** The boolean field has this value. */
    record FlagEquals(UserField field, boolean value) implements UserCondition {
        public FlagEquals {
            if (field.kind() != UserField.Kind.BOOLEAN) {
                throw new IllegalArgumentException(field.wireName() + " is not a boolean field");
            }
        }

        @Override
        public boolean matches(UserAccount account, Set<String> emails) {
            return account.disabled() == value;
        }
    }

    /**
     * The numeric field has a value from {@code min} to {@code max}, both included; an open end
     * is {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}. A field without a value never matches.
     */
    record InRange(UserField field, long min, long max) implements UserCondition {
        public InRange {
            if (!field.isNumeric()) {
                throw new IllegalArgumentException(field.wireName() + " is not a numeric field");
            }
        }

        /** Whether no value can match, such as {@code [5 TO 3]}. */
        public boolean isEmpty() {
            return min > max;
        }

        @Override
        public boolean matches(UserAccount account, Set<String> emails) {
            Long value = field.numberOf(account);
            return value != null && value >= min && value <= max;
        }
    }

    /**
     * An address as the stores compare it: ASCII letters in lower case, every other character as
     * it is, as SQLite's {@code lower} does. (Case folding beyond ASCII differs between engines
     * and locales; the part of an address before the {@code @} may even be case-sensitive.)
     */
    static String normalizedEmail(String email) {
        StringBuilder folded = new StringBuilder(email.length());
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }
}
