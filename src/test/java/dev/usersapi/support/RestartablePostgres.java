package dev.usersapi.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A real PostgreSQL that a test can stop and start again on the same port and data directory,
 * to cause a database outage for real.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts PostgreSQL on a free port with its data in the directory. */
    public static RestartablePostgres start(Path dataDirectory) throws IOException {
        RestartablePostgres postgres = new RestartablePostgres(dataDirectory, freePort());
        postgres.startAgain();
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Stops the server, as a crash or an operator would. */
    public void stop() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** Starts the server again on the same port, with the data it had. */
    public void startAgain() throws IOException {
        running = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setDataDirectory(dataDirectory.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    /** A port nothing listens on just now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
