package dev.usersapi.contract;

import static dev.usersapi.contract.InvalidQueryException.quote;

/**
 * Reads the {@code sort} of the audit log listing, in the form of the users' sort: the log is
 * ordered by {@code time_stamp} alone, so {@code time_stamp:-1} is newest first and {@code
 * time_stamp:1} oldest first.
 */
public final class LogSortSyntax {

    private static final String TIME_STAMP = "time_stamp";

    private LogSortSyntax() {}

    /**
     * Whether the parameter asks for the newest entries first, which is also the order without a
     * sort: a log is mostly read for what happened last. An empty parameter ({@code ?sort=}) is no
     * sort, as for the users.
     *
     * @param sort the query parameter as the client sent it, or null
     * @return true for newest first, false for oldest first
     * @throws InvalidQueryException for parameter {@code sort}, when it is neither {@code
     *     time_stamp:1} nor {@code time_stamp:-1}
     */
    public static boolean parse(String sort) {
        if (sort == null || sort.isEmpty()) {
            return true;
        }
        SortParameter parameter = SortParameter.split(sort, LogSortSyntax::error);
        if (!parameter.fieldName().equals(TIME_STAMP)) {
            throw parameter.refusal("unknown sort field " + quote(parameter.fieldName()));
        }
        return parameter.descending();
    }

    // Every rejection names the two accepted values, so a caller can correct the sort from the message.
    private static InvalidQueryException error(String problem) {
        return new InvalidQueryException(
                "sort",
                problem + ". The log is sorted by " + TIME_STAMP + " only: " + TIME_STAMP + ":-1 for newest first"
                        + " (the default) or " + TIME_STAMP + ":1 for oldest first.");
    }
}
