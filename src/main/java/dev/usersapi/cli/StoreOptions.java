package dev.usersapi.cli;

import dev.usersapi.repository.InMemoryUserRepository;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.Durability;
import dev.usersapi.repository.jdbc.Engine;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where users are stored; shared by every command that touches the store. */
public final class StoreOptions {

    /** The default store: a SQLite file database under the working directory. */
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:./data/users.db";

    private static final int MAX_RETENTION_DAYS = 36_500;

    /** The kinds of store. */
    public enum Store {
        /** A database, SQLite or PostgreSQL, named by --database-url. */
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
            description = "JDBC URL of the database: jdbc:sqlite:PATH (embedded) or jdbc:postgresql://HOST/DB. "
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

    @Option(
            names = "--database-sync",
            paramLabel = "full|normal",
            defaultValue = "${env:USERS_DATABASE_SYNC:-full}",
            converter = DurabilityConverter.class,
            description = "Embedded SQLite store only: 'full' syncs every commit to the disk (survives a power loss); "
                    + "'normal' syncs at checkpoints (survives a crash of the process, not of the machine; faster). "
                    + "Env USERS_DATABASE_SYNC. Default: full.")
    Durability databaseSync;

    @Option(
            names = "--audit-retention-days",
            paramLabel = "DAYS",
            defaultValue = "${env:USERS_AUDIT_RETENTION_DAYS:-0}",
            description =
                    "Delete audit events older than this many days, and IP lockout records idle for longer "
                            + "(not blocked), at start and hourly; 0 keeps them all. Env USERS_AUDIT_RETENTION_DAYS. Default: 0.")
    int auditRetentionDays;

    /** How long audit events are kept, or empty to keep them all. */
    public Optional<Duration> auditRetention() {
        if (auditRetentionDays < 0 || auditRetentionDays > MAX_RETENTION_DAYS) {
            throw new ConfigurationException("--audit-retention-days must be 0 (keep all) to " + MAX_RETENTION_DAYS
                    + ", not " + auditRetentionDays);
        }
        return auditRetentionDays == 0 ? Optional.empty() : Optional.of(Duration.ofDays(auditRetentionDays));
    }

    /** Opens the configured store. */
    public UserRepository open() {
        if (store == Store.memory) {
            return new InMemoryUserRepository(InMemoryUserRepository.SERVED_AUDIT_EVENTS_PER_USER);
        }
        Engine engine;
        try {
            engine = Engine.of(databaseUrl);
        } catch (IllegalArgumentException unsupported) {
            throw new ConfigurationException("--database-url: " + unsupported.getMessage());
        }
        if (engine == Engine.POSTGRESQL && databaseSync != Durability.FULL) {
            throw new ConfigurationException("--database-sync applies to the embedded SQLite store only; "
                    + "PostgreSQL's durability is its own server's settings (fsync, synchronous_commit)");
        }
        return JdbcUserRepository.open(
                new DatabaseSettings(databaseUrl, databaseUser, databasePassword).withDurability(databaseSync));
    }

    /** Reads {@code full} or {@code normal}, in any case. */
    static final class DurabilityConverter implements CommandLine.ITypeConverter<Durability> {
        @Override
        public Durability convert(String value) {
            try {
                return Durability.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new CommandLine.TypeConversionException("expected full or normal, not '" + value + "'");
            }
        }
    }
}
