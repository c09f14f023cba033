package dev.usersapi.cli;

import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import picocli.CommandLine.Option;

/** Where users are stored; shared by every command that touches the store. */
public final class StoreOptions {

    /** The default store: an H2 file database in the working directory. */
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./data/users";

    /** The kinds of store. */
    public enum Store {
        /** A database, H2 or PostgreSQL, named by --database-url. */
        database,
        /** Memory only: everything is lost when the process ends. */
        memory
    }

    @Option(
            names = "--store",
            defaultValue = "${env:USERS_STORE:-database}",
            description = "Where users live: 'database' (--database-url) or 'memory' (lost at exit; keeps each user's "
                    + "last 10 audit events). Env USERS_STORE. Default: database.")
    Store store;

    @Option(
            names = "--database-url",
            paramLabel = "JDBC_URL",
            defaultValue = "${env:USERS_DATABASE_URL:-" + DEFAULT_DATABASE_URL + "}",
            description = "JDBC URL of the database: jdbc:h2:file:PATH (embedded) or jdbc:postgresql://HOST/DB. "
                    + "Env USERS_DATABASE_URL. Default: " + DEFAULT_DATABASE_URL + ".")
    String databaseUrl;

    @Option(
            names = "--database-user",
            paramLabel = "USER",
            defaultValue = "${env:USERS_DATABASE_USER}",
            description = "Database user. Env USERS_DATABASE_USER.")
    String databaseUser;

    @Option(
            names = "--database-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:USERS_DATABASE_PASSWORD}",
            description =
                    "Database password; prefer the env USERS_DATABASE_PASSWORD, which other users of the machine cannot see.")
    String databasePassword;

    /** Opens the configured store. */
    public UserRepository open() {
        if (store == Store.memory) {
            return new InMemoryUserRepository(InMemoryUserRepository.SERVED_AUDIT_EVENTS_PER_USER);
        }
        if (databaseUrl == null
                || !(databaseUrl.startsWith("jdbc:h2:") || databaseUrl.startsWith("jdbc:postgresql:"))) {
            throw new ConfigurationException(
                    "--database-url must start with jdbc:h2: or jdbc:postgresql:, not '" + databaseUrl + "'");
        }
        return JdbcUserRepository.open(new DatabaseSettings(databaseUrl, databaseUser, databasePassword));
    }
}
