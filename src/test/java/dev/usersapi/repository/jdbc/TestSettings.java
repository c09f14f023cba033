package dev.usersapi.repository.jdbc;

/** Settings for tests of the dialects that never connect. */
final class TestSettings {

    private TestSettings() {}

    static DatabaseSettings postgres() {
        return new DatabaseSettings("jdbc:postgresql://localhost/users", null, null);
    }

    static DatabaseSettings sqlite() {
        return new DatabaseSettings("jdbc:sqlite:users.db", null, null);
    }
}
