package dev.usersapi.http;

import dev.usersapi.support.TestStores;

/** The HTTP suite on a fresh SQLite file. */
class SqliteStoreHttpTest extends StoreHttpSuite {
    SqliteStoreHttpTest() {
        super(TestStores::sqlite);
    }
}
