package dev.usersapi.repository.jdbc;

import java.util.Locale;

/** The database engines the store runs on, told apart by their JDBC URL: the one place that does. */
public enum Engine {
    /** SQLite in the server process: the embedded default, one file. */
    SQLITE("SQLite", "jdbc:sqlite:", "jdbc:sqlite:PATH", "sqlite"),
    /** PostgreSQL, which several server instances can share. */
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", "jdbc:postgresql://HOST:PORT/DB", "postgresql");

    private final String displayName;
    private final String urlPrefix;
    private final String urlForm;
    private final String migrationFolder;

    Engine(String displayName, String urlPrefix, String urlForm, String migrationFolder) {
        this.displayName = displayName;
        this.urlPrefix = urlPrefix;
        this.urlForm = urlForm;
        this.migrationFolder = migrationFolder;
    }

    /** The engine's name for messages. */
    public String displayName() {
        return displayName;
    }

    /** The folder of this engine's migrations, under {@code db/migration/}. */
    String migrationFolder() {
        return migrationFolder;
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
