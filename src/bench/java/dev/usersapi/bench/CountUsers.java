package dev.usersapi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Counts what an import left in a database, in the form {@link GenerateUsers} prints what it
 * wrote, so the benchmark can compare the two lines:
 * {@code users=N with_block_until=B with_failures=F}.
 *
 * <p>Usage: {@code CountUsers JDBC_URL [USER]} (SQLite file URLs and PostgreSQL URLs alike).
 */
public final class CountUsers {

    private static final String COUNTS = """
            SELECT count(*),
                   count(block_until),
                   count(CASE WHEN failure_count > 0 THEN 1 END)
              FROM users""";

    private CountUsers() {}

    public static void main(String[] args) throws SQLException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: CountUsers JDBC_URL [USER]");
        }
        Properties properties = new Properties();
        if (args.length == 2) {
            properties.setProperty("user", args[1]);
        }
        String url = args[0];
        if (url.startsWith("jdbc:sqlite:") && !Files.isRegularFile(Path.of(url.substring("jdbc:sqlite:".length())))) {
            // Never create an empty database where the import should have left one.
            throw new IllegalArgumentException("no database file at " + url);
        }
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(COUNTS)) {
            row.next();
            System.out.printf(
                    "users=%d with_block_until=%d with_failures=%d%n", row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }
}
