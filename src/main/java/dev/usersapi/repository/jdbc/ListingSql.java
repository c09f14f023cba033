package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.listing.UserSort;

/**
 * A listing in SQL: the conditions as a {@code WHERE} clause with its parameters, the order as an
 * {@code ORDER BY}, for a count of the matches and a page of them. The meaning is the domain's
 * ({@link UserCondition#matches}, {@link UserSort#comparator}); what the engines write differently
 * is the {@link Dialect}'s. Values are always parameters; the only names written into the SQL are
 * the fixed column names of the fields.
 */
final class ListingSql implements PagedSql {

    private final SqlConditions conditions;
    private final String orderBy;

    private ListingSql(SqlConditions conditions, String orderBy) {
        this.conditions = conditions;
        this.orderBy = orderBy;
    }

    static ListingSql of(UserQuery query, Dialect dialect) {
        SqlConditions conditions = new SqlConditions();
        for (UserCondition condition : query.conditions()) {
            add(condition, conditions);
        }
        return new ListingSql(conditions, orderByOf(query.sort(), dialect));
    }

    /** The column of a field: the columns are named as the contract names the fields. */
    private static String columnOf(UserCondition condition) {
        return condition.field().wireName();
    }

    private static void add(UserCondition condition, SqlConditions conditions) {
        if (condition instanceof UserCondition.TextEquals text) {
            conditions.add(
                    text.field() == UserField.EMAIL
                            ? "user_id IN (SELECT user_id FROM user_emails WHERE email = ?)"
                            : columnOf(text) + " = ?",
                    text.value());
        } else if (condition instanceof UserCondition.FlagEquals flag) {
            conditions.add(columnOf(flag) + " = ?", flag.value());
        } else {
            UserCondition.InRange range = (UserCondition.InRange) condition;
            conditions.range(columnOf(range), range.min(), range.max());
        }
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
    @Override
    public String countSql() {
        String where = conditions.where();
        return where.isEmpty() ? "SELECT total FROM user_count WHERE id = 1" : "SELECT count(*) FROM users" + where;
    }

    /**
     * The page: the conditions' values, then the limit and the offset. The users skipped
     * and taken are found by id first, then only the page's rows are read: an index that serves
     * the order holds the ids, so skipping to a page far from the start reads index entries, not
     * the rows (with their profiles) of every user before it.
     */
    @Override
    public String pageSql() {
        return "SELECT " + UserRows.USER_COLUMNS + " FROM users WHERE user_id IN (SELECT user_id FROM users"
                + conditions.where() + orderBy + " LIMIT ? OFFSET ?)" + orderBy;
    }

    @Override
    public SqlConditions conditions() {
        return conditions;
    }
}
