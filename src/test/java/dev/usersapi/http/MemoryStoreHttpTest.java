package dev.usersapi.http;

import dev.usersapi.support.TestStores;

/** The HTTP suite on the memory store. */
class MemoryStoreHttpTest extends StoreHttpSuite {
    MemoryStoreHttpTest() {
        super(TestStores::memory);
    }
}
