package dev.usersapi.repository.jdbc;

import dev.usersapi.domain.logs.LogCondition;
import dev.usersapi.domain.logs.LogQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A log listing in SQL: the conditions as a {@code WHERE} clause with its parameters, the order
 * as an {@code ORDER BY}. The meaning is the domain's ({@link LogCondition#matches}, {@link
 * LogQuery#order}): by time, ties by event id, whose text and uuid forms both order by their bytes.
 */
final class LogSql implements PagedSql {

    static final String FIND_ONE = "SELECT " + UserRows.EVENT_COLUMNS + " FROM audit_events WHERE event_id = ?";

    private final SqlConditions conditions;
    private final String orderBy;

    private LogSql(SqlConditions conditions, String orderBy) {
        this.conditions = conditions;
        this.orderBy = orderBy;
    }

    static LogSql of(LogQuery query) {
        SqlConditions conditions = new SqlConditions();
        for (LogCondition condition : query.conditions()) {
            if (condition instanceof LogCondition.UserIs user) {
                conditions.add("user_id = ?", user.userId());
            } else if (condition instanceof LogCondition.CodeIs code) {
                conditions.add("type = ?", code.code());
            } else {
                LogCondition.TimeInRange range = (LogCondition.TimeInRange) condition;
                conditions.range("occurred_at", range.min(), range.max());
            }
        }
        String direction = query.newestFirst() ? " DESC" : " ASC";
        return new LogSql(conditions, " ORDER BY occurred_at" + direction + ", event_id" + direction);
    }

    @Override
    public String countSql() {
        return "SELECT count(*) FROM audit_events" + conditions.where();
    }

    @Override
    public String pageSql() {
        return "SELECT " + UserRows.EVENT_COLUMNS + " FROM audit_events" + conditions.where() + orderBy
                + " LIMIT ? OFFSET ?";
    }

    @Override
    public SqlConditions conditions() {
        return conditions;
    }

    /** Binds an event id as text, which PostgreSQL converts to its uuid column. */
    static void bindEventId(PreparedStatement statement, int index, String eventId) throws SQLException {
        statement.setObject(index, eventId, Types.OTHER);
    }
}
