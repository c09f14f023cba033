package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.logs.LogCondition;
import dev.usersapi.domain.logs.LogQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A log listing in SQL: the conditions as a {@code WHERE} clause with its parameters, the order
 * as an {@code ORDER BY}. The meaning is the domain's ({@link LogCondition#matches}, {@link
 * LogQuery#order}): by time, ties by event id, whose text and uuid forms both order by their bytes.
 * Values are always parameters.
 */
final class LogSql {

    static final String FIND_ONE = "SELECT " + UserRows.EVENT_COLUMNS + " FROM audit_events WHERE event_id = ?";

    private final String where;
    private final List<Object> parameters;
    private final String orderBy;

    private LogSql(String where, List<Object> parameters, String orderBy) {
        this.where = where;
        this.parameters = List.copyOf(parameters);
        this.orderBy = orderBy;
    }

    static LogSql of(LogQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (LogCondition condition : query.conditions()) {
            clauses.add(clauseOf(condition, parameters));
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        String direction = query.newestFirst() ? " DESC" : " ASC";
        return new LogSql(where, parameters, " ORDER BY occurred_at" + direction + ", event_id" + direction);
    }

    private static String clauseOf(LogCondition condition, List<Object> parameters) {
        if (condition instanceof LogCondition.UserIs user) {
            parameters.add(user.userId());
            return "user_id = ?";
        }
        if (condition instanceof LogCondition.CodeIs code) {
            parameters.add(code.code());
            return "type = ?";
        }
        LogCondition.TimeInRange range = (LogCondition.TimeInRange) condition;
        List<String> bounds = new ArrayList<>(2);
        if (range.min() != Long.MIN_VALUE) {
            bounds.add("occurred_at >= ?");
            parameters.add(range.min());
        }
        if (range.max() != Long.MAX_VALUE) {
            bounds.add("occurred_at <= ?");
            parameters.add(range.max());
        }
        return bounds.isEmpty() ? "occurred_at IS NOT NULL" : String.join(" AND ", bounds);
    }

    String countSql() {
        return "SELECT count(*) FROM audit_events" + where;
    }

    /** The page: binds {@link #bind}'s parameters, then the limit and the offset. */
    String pageSql() {
        return "SELECT " + UserRows.EVENT_COLUMNS + " FROM audit_events" + where + orderBy + " LIMIT ? OFFSET ?";
    }

    /** Binds the conditions' values from the first parameter; returns the next parameter's index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : parameters) {
            if (value instanceof String text) {
                statement.setString(index, text);
            } else {
                statement.setLong(index, (Long) value);
            }
            index++;
        }
        return index;
    }

    /** Binds an event id as text, which PostgreSQL converts to its uuid column. */
    static void bindEventId(PreparedStatement statement, int index, String eventId) throws SQLException {
        statement.setObject(index, eventId, Types.OTHER);
    }
}
