package dev.usersapi.contract;

import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code filter} of a user listing in the grammar of {@link FilterSyntax}: a subset of
 * Lucene's query string syntax over the fields of {@link UserField}, each compared as its kind
 * says.
 */
public final class UserFilterSyntax {

    /** The longest filter read; the HTTP layer enforces the same limit before it gets here. */
    public static final int MAX_LENGTH = FilterSyntax.MAX_LENGTH;

    /** The most clauses a filter may have, which bounds the work a store does for one listing. */
    public static final int MAX_CLAUSES = FilterSyntax.MAX_CLAUSES;

    private static final FilterVocabulary<UserField, UserCondition> USER_FIELDS = new UserFields();

    private UserFilterSyntax() {}

    /**
     * The conditions of a filter, all of which must hold; none for a missing or blank filter.
     *
     * @param filter the query parameter as the client sent it, or null
     * @param nowEpochSecond the time that {@code now} stands for
     * @throws InvalidQueryException for parameter {@code filter}, when the filter is outside the
     *     subset
     */
    public static List<UserCondition> parse(String filter, long nowEpochSecond) {
        return FilterSyntax.parse(USER_FIELDS, filter, nowEpochSecond);
    }

    /** The user fields as the grammar sees them; each clause becomes a {@link UserCondition} of its field. */
    private static final class UserFields implements FilterVocabulary<UserField, UserCondition> {

        private static final List<String> NAMES =
                Arrays.stream(UserField.values()).map(UserField::wireName).toList();

        private static final Examples EXAMPLES =
                new Examples("failure_count:>=5", "disabled:false", "failure_count:<5", "email:\"...\"");

        @Override
        public Optional<UserField> field(String name) {
            return UserField.named(name);
        }

        @Override
        public String wireName(UserField field) {
            return field.wireName();
        }

        @Override
        public Kind kind(UserField field) {
            return switch (field.kind()) {
                case TEXT -> Kind.TEXT;
                case BOOLEAN -> Kind.BOOLEAN;
                case COUNT -> Kind.COUNT;
                case TIME -> Kind.TIME;
            };
        }

        @Override
        public List<String> filterableFields() {
            return NAMES;
        }

        @Override
        public Examples examples() {
            return EXAMPLES;
        }

        @Override
        public UserCondition textEquals(UserField field, String value) {
            return new UserCondition.TextEquals(field, value);
        }

        @Override
        public UserCondition flagEquals(UserField field, boolean value) {
            return new UserCondition.FlagEquals(field, value);
        }

        @Override
        public UserCondition inRange(UserField field, long min, long max) {
            return new UserCondition.InRange(field, min, max);
        }
    }
}
