package dev.usersapi.repository;

class InMemoryLockoutLogTest extends LockoutLogContractTest {

    @Override
    protected UserRepository openRepository() {
        return new InMemoryUserRepository();
    }
}
