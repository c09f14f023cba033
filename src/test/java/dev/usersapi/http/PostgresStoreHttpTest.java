package dev.usersapi.http;

import dev.usersapi.support.TestStores;

/** The HTTP suite on a fresh database on the embedded PostgreSQL. */
class PostgresStoreHttpTest extends StoreHttpSuite {
    PostgresStoreHttpTest() {
        super(TestStores::postgres);
    }
}
