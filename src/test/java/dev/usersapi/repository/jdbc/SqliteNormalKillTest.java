package dev.usersapi.repository.jdbc;

import dev.usersapi.support.TestStores;
import java.nio.file.Path;

/** Kill -9 durability on SQLite with {@code --database-sync normal}: a killed process loses nothing either. */
class SqliteNormalKillTest extends KillDurabilityTest {
    @Override
    DatabaseSettings settings(Path directory) {
        return TestStores.sqliteSettings(directory).withDurability(Durability.NORMAL);
    }
}
