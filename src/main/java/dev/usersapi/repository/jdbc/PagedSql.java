package dev.usersapi.repository.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing in SQL: how many rows match its conditions, and a page of them. Both statements bind
 * the same conditions; the page's then takes the limit and the offset.
 */
interface PagedSql {

    /** Reads one item of a page from the row's columns, starting at {@code first}. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row, int first) throws SQLException;
    }

    String countSql();

    /** The page's statement, whose last two parameters are the limit and the offset. */
    String pageSql();

    SqlConditions conditions();

    default long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(countSql())) {
            conditions().bind(count);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    default <T> List<T> page(Connection connection, int limit, long offset, RowReader<T> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(pageSql())) {
            int next = conditions().bind(select);
            select.setInt(next, limit);
            select.setLong(next + 1, offset);
            try (ResultSet row = select.executeQuery()) {
                List<T> items = new ArrayList<>(limit);
                while (row.next()) {
                    items.add(reader.read(row, 1));
                }
                return items;
            }
        }
    }
}
