package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.listing.UserSort;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing in SQL: the conditions as a {@code WHERE} clause with its parameters, the order as an
 * {@code ORDER BY}, for a count of the matches and a page of them. The meaning is the domain's
 * ({@link UserCondition#matches}, {@link UserSort#comparator}); what the engines write differently
 * is the {@link Dialect}'s. Values are always parameters; the only names written into the SQL are
 * the fixed column names of the fields.
 */
final class ListingSql {

    private final String where;
    private final List<Object> parameters;
    private final String orderBy;

    private ListingSql(String where, List<Object> parameters, String orderBy) {
        this.where = where;
        this.parameters = List.copyOf(parameters);
        this.orderBy = orderBy;
    }

    static ListingSql of(UserQuery query, Dialect dialect) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (UserCondition condition : query.conditions()) {
            clauses.add(clauseOf(condition, parameters));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        return new ListingSql(where, parameters, orderByOf(query.sort(), dialect));
    }

    /** The column of a field: the columns are named as the contract names the fields. */
    private static String columnOf(UserCondition condition) {
        return condition.field().wireName();
    }

    private static String clauseOf(UserCondition condition, List<Object> parameters) {
        if (condition instanceof UserCondition.TextEquals text) {
            parameters.add(text.value());
            return text.field() == UserField.EMAIL
                    ? "user_id IN (SELECT user_id FROM user_emails WHERE email = ?)"
                    : columnOf(text) + " = ?";
        }
        if (condition instanceof UserCondition.FlagEquals flag) {
            parameters.add(flag.value());
            return columnOf(flag) + " = ?";
        }
        return rangeClause((UserCondition.InRange) condition, parameters);
    }

    /** A bound that is open is left out; a range open at both ends still needs a value. */
    private static String rangeClause(UserCondition.InRange range, List<Object> parameters) {
        String column = columnOf(range);
        List<String> bounds = new ArrayList<>(2);
        if (range.min() != Long.MIN_VALUE) {
            bounds.add(column + " >= ?");
            parameters.add(range.min());
        }
        if (range.max() != Long.MAX_VALUE) {
            bounds.add(column + " <= ?");
            parameters.add(range.max());
        }
        return bounds.isEmpty() ? column + " IS NOT NULL" : String.join(" AND ", bounds);
    }

    /**
     * By the field, missing values as the smallest, then by id in the same direction. The nulls
     * clause is written only for a field that can be null: on a column that cannot, it would keep
     * PostgreSQL from reading its index backwards for a descending order.
     */
    private static String orderByOf(UserSort sort, Dialect dialect) {
        String direction = sort.descending() ? " DESC" : " ASC";
        String nulls = sort.field().isNullable() ? dialect.nullsAsSmallest(sort.descending()) : "";
        return " ORDER BY " + sort.field().wireName() + direction + nulls + ", " + dialect.byteOrder("user_id")
                + direction;
    }

    /**
     * How many users match: without conditions, the count the database keeps (schema version 6),
     * instead of counting every row.
     */
    String countSql() {
        return where.isEmpty() ? "SELECT total FROM user_count WHERE id = 1" : "SELECT count(*) FROM users" + where;
    }

    /**
     * The page: binds {@link #bind}'s parameters, then the limit and the offset. The users skipped
     * and taken are found by id first, then only the page's rows are read: an index that serves
     * the order holds the ids, so skipping to a page far from the start reads index entries, not
     * the rows (with their profiles) of every user before it.
     */
    String pageSql() {
        return "SELECT " + UserRows.USER_COLUMNS + " FROM users WHERE user_id IN (SELECT user_id FROM users" + where
                + orderBy + " LIMIT ? OFFSET ?)" + orderBy;
    }

    /** Binds the conditions' values from the first parameter; returns the next parameter's index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : parameters) {
            if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else {
                statement.setBoolean(index, (Boolean) value);
            }
            index++;
        }
        return index;
    }
}
