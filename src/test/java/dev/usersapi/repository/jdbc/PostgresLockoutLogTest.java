package dev.usersapi.repository.jdbc;

import dev.usersapi.repository.LockoutLogContractTest;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.support.EmbeddedPostgresDatabases;

/** The lockout and log contract on PostgreSQL (embedded), in a database of its own. */
class PostgresLockoutLogTest extends LockoutLogContractTest {

    @Override
    protected UserRepository openRepository() {
        return JdbcUserRepository.open(EmbeddedPostgresDatabases.createDatabase(PostgresLockoutLogTest.class));
    }
}
