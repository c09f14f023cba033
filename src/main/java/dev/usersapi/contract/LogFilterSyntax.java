package dev.usersapi.contract;

import static dev.usersapi.contract.FilterScanner.error;
import static dev.usersapi.contract.InvalidQueryException.quote;

import dev.usersapi.domain.AuditCode;
import dev.usersapi.domain.logs.LogCondition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the {@code filter} of the audit log listing in the grammar of {@link FilterSyntax}, the
 * same subset of Lucene's query string syntax as the users' filter, over the log's own fields:
 * {@code user_id} and {@code code}, exact, and {@code time_stamp}, read as the users' times are.
 */
public final class LogFilterSyntax {

    /** The longest filter read; the HTTP layer enforces the same limit before it gets here. */
    public static final int MAX_LENGTH = FilterSyntax.MAX_LENGTH;

    /** The most clauses a filter may have, which bounds the work a store does for one listing. */
    public static final int MAX_CLAUSES = FilterSyntax.MAX_CLAUSES;

    private static final FilterVocabulary<LogField, LogCondition> LOG_FIELDS = new LogFields();

    private LogFilterSyntax() {}

    /**
     * The conditions of a filter, all of which an entry must meet; none for a missing or blank
     * filter.
     *
     * @param filter the query parameter as the client sent it, or null
     * @param nowEpochSecond the time that {@code now} stands for
     * @throws InvalidQueryException for parameter {@code filter}, when the filter is outside the
     *     subset, names another field or a code the log does not have
     */
    public static List<LogCondition> parse(String filter, long nowEpochSecond) {
        return FilterSyntax.parse(LOG_FIELDS, filter, nowEpochSecond);
    }

    /** The fields of a log entry that a filter can name, in the order in which messages list them. */
    private enum LogField {
        USER_ID("user_id", FilterVocabulary.Kind.TEXT),
        CODE("code", FilterVocabulary.Kind.TEXT),
        TIME_STAMP("time_stamp", FilterVocabulary.Kind.TIME);

        private final String wireName;
        private final FilterVocabulary.Kind kind;

        LogField(String wireName, FilterVocabulary.Kind kind) {
            this.wireName = wireName;
            this.kind = kind;
        }
    }

    /** The log fields as the grammar sees them; each clause becomes a {@link LogCondition}. */
    private static final class LogFields implements FilterVocabulary<LogField, LogCondition> {

        private static final List<String> NAMES =
                Arrays.stream(LogField.values()).map(field -> field.wireName).toList();

        private static final String KNOWN_CODES =
                Arrays.stream(AuditCode.values()).map(AuditCode::code).collect(Collectors.joining(", "));

        private static final Examples EXAMPLES = new Examples(
                "time_stamp:>=now-1h", "code:user_account_unblocked", "time_stamp:<now-1h", "user_id:\"...\"");

        @Override
        public Optional<LogField> field(String name) {
            return Arrays.stream(LogField.values())
                    .filter(field -> field.wireName.equals(name))
                    .findFirst();
        }

        @Override
        public String wireName(LogField field) {
            return field.wireName;
        }

        @Override
        public Kind kind(LogField field) {
            return field.kind;
        }

        @Override
        public List<String> filterableFields() {
            return NAMES;
        }

        @Override
        public Examples examples() {
            return EXAMPLES;
        }

        /**
         * A code outside {@link AuditCode} is refused rather than read as a condition no entry
         * meets: it is far more likely a misspelling than a question.
         */
        @Override
        public LogCondition textEquals(LogField field, String value) {
            return switch (field) {
                case USER_ID -> new LogCondition.UserIs(value);
                case CODE -> new LogCondition.CodeIs(knownCode(value));
                case TIME_STAMP -> throw new IllegalArgumentException(field.wireName + " is not a text field");
            };
        }

        private static String knownCode(String code) {
            if (AuditCode.of(code).isEmpty()) {
                throw error("unknown code " + quote(code) + "; the codes are " + KNOWN_CODES);
            }
            return code;
        }

        @Override
        public LogCondition flagEquals(LogField field, boolean value) {
            throw new IllegalArgumentException("the log has no boolean field; " + field.wireName + " is not one");
        }

        @Override
        public LogCondition inRange(LogField field, long min, long max) {
            if (field != LogField.TIME_STAMP) {
                throw new IllegalArgumentException(field.wireName + " is not a numeric field");
            }
            return new LogCondition.TimeInRange(min, max);
        }
    }
}
