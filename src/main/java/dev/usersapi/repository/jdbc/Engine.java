package dev.usersapi.repository.jdbc;

import java.util.Locale;

/** The database engines the store runs on, told apart by their JDBC URL: the one place that does. */
public enum Engine {
    /** SQLite in the server process: the embedded default, one file. */
    SQLITE("SQLite", "jdbc:sqlite:", "jdbc:sqlite:PATH"),
    /** PostgreSQL, which several server instances can share. */
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", "jdbc:postgresql://HOST:PORT/DB");

    private final String displayName;
    private final String urlPrefix;
    private final String urlForm;

    Engine(String displayName, String urlPrefix, String urlForm) {
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
        this.urlForm = urlForm;
    }

    /** The engine's name for messages. */
    public String displayName() {
        return displayName;
    }

    /**
     * The engine of a JDBC URL.
     *
     * @throws IllegalArgumentException naming the URL forms that are supported
     */
    public static Engine of(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        for (Engine engine : values()) {
            if (lower.startsWith(engine.urlPrefix)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("the database URL must be " + SQLITE.urlForm + " or " + POSTGRESQL.urlForm
                + ", not '" + (url == null ? "" : JdbcUrls.redact(url)) + "'");
    }
}
