package dev.usersapi.repository.jdbc;

/**
 * What a commit of the embedded SQLite store survives before the server acknowledges it.
 * PostgreSQL's durability is its own server's settings ({@code fsync}, {@code synchronous_commit}).
 */
public enum Durability {
    /** The commit is synced to the disk: it survives a power loss or a crash of the machine. */
    FULL("FULL"),
    /**
     * The commit is in the operating system's hands: it survives a crash of the process
     * ({@code kill -9}, out of memory), not of the machine; the last commits before a power loss
     * may be gone, though the database stays intact.
     */
    NORMAL("NORMAL");

    private final String sqliteSynchronous;

    Durability(String sqliteSynchronous) {
        this.sqliteSynchronous = sqliteSynchronous;
    }

    /** The value of SQLite's {@code synchronous} pragma for this durability. */
    String sqliteSynchronous() {
        return sqliteSynchronous;
    }
}
