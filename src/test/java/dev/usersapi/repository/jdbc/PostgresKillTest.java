package dev.usersapi.repository.jdbc;

import dev.usersapi.support.EmbeddedPostgresDatabases;
import java.nio.file.Path;

/** Kill -9 durability on PostgreSQL: what it acknowledged is committed, whoever dies. */
class PostgresKillTest extends KillDurabilityTest {
    @Override
    DatabaseSettings settings(Path directory) {
        return EmbeddedPostgresDatabases.createDatabase(PostgresKillTest.class);
    }
}
