package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.LockoutLogContractTest;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.support.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The lockout and log contract on a SQLite file database, fresh for this class. */
class SqliteLockoutLogTest extends LockoutLogContractTest {

    @TempDir
    static Path directory;

    @Override
    protected UserRepository openRepository() {
        return JdbcUserRepository.open(TestStores.sqliteSettings(directory.resolve("lockouts")));
    }
}
