package dev.usersapi.repository.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Objects;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whether the SQLite database file at its path is still the file the server opened. SQLite keeps
 * writing to the file it has open even after it was deleted or moved away, and answers every
 * commit as a success; at the next start the server would open whatever is at the path then (a
 * new, empty database if nothing is), and every change since would be gone. So the writer checks
 * before each transaction, and refuses to write while the file is not in place: the calls are
 * answered 503, readiness says not ready, and writes resume once the same file is back at its
 * path. A file put there from a backup is another file: the server must be restarted to use it.
 */
final class DatabaseFileIdentity {

    private final Path file;
    /** The file system's identity of the file (device and inode on Linux); null where it has none. */
    private final Object key;

    private DatabaseFileIdentity(Path file, Object key) {
        this.file = file;
        this.key = key;
    }

    /** The identity of the file at this path now; the file must exist. */
    static DatabaseFileIdentity of(Path file) {
        try {
            return new DatabaseFileIdentity(file, keyOf(file));
        } catch (IOException missing) {
            throw new IllegalStateException("the SQLite database file " + file + " does not exist", missing);
        }
    }

    /**
     * @throws SQLException SQLite's CANTOPEN, which the server takes for "the database refuses
     *     writes", when another file or none is at the path
     */
    void requireInPlace() throws SQLException {
        boolean inPlace;
        try {
            inPlace = Objects.equals(key, keyOf(file));
        } catch (IOException missing) {
            inPlace = false;
        }
        if (!inPlace) {
            throw new SQLiteException(
                    "the database file " + file + " was moved or deleted while the server had it open; writes are"
                            + " refused until it is back, since they would be lost at the next start",
                    SQLiteErrorCode.SQLITE_CANTOPEN);
        }
    }

    private static Object keyOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.fileKey();
    }
}
