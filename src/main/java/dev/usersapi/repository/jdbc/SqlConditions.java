package dev.usersapi.repository.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing's conditions as a {@code WHERE} clause and the values it binds, in order. Values are
 * always parameters; the callers write only fixed column names into the clauses.
 */
final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a clause with one {@code ?} per value: a string, a long or a boolean. */
    void add(String clause, Object... values) {
        clauses.add(clause);
        parameters.addAll(List.of(values));
    }

    /**
     * Adds {@code min <= column <= max}, leaving out a bound that is open ({@link Long#MIN_VALUE},
     * {@link Long#MAX_VALUE}); a range open at both ends still needs the column to have a value.
     */
    void range(String column, long min, long max) {
        List<String> bounds = new ArrayList<>(2);
        List<Object> values = new ArrayList<>(2);
        if (min != Long.MIN_VALUE) {
            bounds.add(column + " >= ?");
            values.add(min);
        }
        if (max != Long.MAX_VALUE) {
            bounds.add(column + " <= ?");
            values.add(max);
        }
        add(bounds.isEmpty() ? column + " IS NOT NULL" : String.join(" AND ", bounds), values.toArray());
    }

    /** {@code " WHERE a AND b"}, or empty without conditions. */
    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the values from the first parameter; returns the next parameter's index. */
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
