package dev.usersapi.repository;

class InMemoryUserRepositoryTest extends UserRepositoryContractTest {

    @Override
    protected UserRepository openRepository() {
        return new InMemoryUserRepository();
    }
}
