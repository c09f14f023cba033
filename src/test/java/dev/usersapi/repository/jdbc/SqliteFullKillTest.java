package dev.usersapi.repository.jdbc;

import dev.usersapi.support.TestStores;
import java.nio.file.Path;

/** Kill -9 durability on SQLite with {@code --database-sync full}. */
class SqliteFullKillTest extends KillDurabilityTest {
    @Override
    DatabaseSettings settings(Path directory) {
        return TestStores.sqliteSettings(directory);
    }
}
