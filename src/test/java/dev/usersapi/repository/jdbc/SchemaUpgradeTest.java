package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.listing.UserSort;
import dev.usersapi.support.EmbeddedPostgresDatabases;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database written by a version whose User had only the seed's fields (schema version 2): once
 * the server opens it, its users have the fields the User gained, with the README's defaults, and
 * keep everything they had, are found by their e-mail addresses (schema version 4's index) and are counted (version 6),
 * and the audit events written then are kept through the audit log's changes (version 7).
 */
class SchemaUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID OLD_EVENT_ID = UUID.fromString("018b9a2e-0000-7000-8000-000000000001");

    /** A profile as version 2 stored it: the seed's fields, linked identities only as idps. */
    private static final String OLD_PROFILE = """
            {"has_password": true, "password_updated_at": null, "claims": {"name": "Old Shape"},
             "public_data": {}, "private_data": {}, "phone_numbers": [], "username": null,
             "passkeys": [],
             "emails": [{"id": "e-1", "primary": true, "verified": true, "email": "Old.Shape@Example.com",
                         "authenticators": ["password"], "idps": ["monocloud"]}],
             "idps": [{"authenticator": "google", "provider_user_id": "g-1", "claims": {"email": "o@example.com"}}]}""";

    @Test
    void sqliteGivesOldUsersTheNewFields() throws Exception {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:sqlite:" + Files.createTempDirectory("users-upgrade").resolve("users.db"), null, null);
        writeVersionTwoUser(settings, Engine.SQLITE);

        assertUpgraded(settings);
    }

    @Test
    void postgresqlGivesOldUsersTheNewFields() throws Exception {
        DatabaseSettings settings = EmbeddedPostgresDatabases.createDatabase(SchemaUpgradeTest.class);
        writeVersionTwoUser(settings, Engine.POSTGRESQL);

        assertUpgraded(settings);
    }

    private static void writeVersionTwoUser(DatabaseSettings settings, Engine engine) throws Exception {
        Flyway.configure(SchemaUpgradeTest.class.getClassLoader())
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration/" + engine.migrationFolder())
                .target("2")
                .load()
                .migrate();
        String cast = engine == Engine.POSTGRESQL ? "?::jsonb" : "?";
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO users (user_id, disabled, creation_time, last_updated, block_until, failure_count,"
                                + " profile) VALUES ('old-shape', ?, 1640975400, 1640975400, 4102444800, 5, " + cast
                                + ")")) {
            insert.setBoolean(1, false);
            insert.setString(2, OLD_PROFILE);
            insert.executeUpdate();
        }
        String uuid = engine == Engine.POSTGRESQL ? "?::uuid" : "?";
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,"
                                + " previous_block_until, previous_failure_count, outcome) VALUES (" + uuid
                                + ", 'user_account_unblocked', 'old-shape', 'old-key', 'old-request', 1700000000,"
                                + " 1700000900, 3, 'cleared')")) {
            insert.setString(1, OLD_EVENT_ID.toString());
            insert.executeUpdate();
        }
    }

    private static void assertUpgraded(DatabaseSettings settings) throws Exception {
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings)) {
            // Schema version 7 rebuilt (SQLite) or extended (PostgreSQL) the trail: the old event is
            // kept as it was, with an origin that was not recorded.
            AuditEvent oldEvent = new AuditEvent(
                    OLD_EVENT_ID,
                    AuditEvent.USER_ACCOUNT_UNBLOCKED,
                    "old-shape",
                    "old-key",
                    "old-request",
                    1_700_000_000L,
                    new Lockout(1_700_000_900L, 3),
                    AuditEvent.Outcome.CLEARED);
            assertEquals(List.of(oldEvent), repository.auditEvents("old-shape"));
            assertEquals(Optional.of(oldEvent), repository.logEntry(OLD_EVENT_ID));
            UserAccount user = repository.find("old-shape").orElseThrow();
            assertEquals(new Lockout(4102444800L, 5), user.lockout());
            assertEquals(SignInHistory.NONE, user.signIns());
            JsonNode profile = JSON.readTree(user.profileJson());
            ObjectNode expected = (ObjectNode) JSON.readTree(OLD_PROFILE);
            expected.set("external_providers", expected.get("idps").deepCopy());
            expected.set("connections", JSON.createArrayNode());
            expected.put("force_password_reset", false);
            expected.putNull("last_known_city");
            expected.putNull("last_known_country");
            expected.putNull("last_known_region");
            assertEquals(expected, profile);
            UserQuery byAddress = new UserQuery(
                    List.of(new UserCondition.TextEquals(UserField.EMAIL, "old.shape@example.com")),
                    UserSort.DEFAULT,
                    0,
                    10);
            assertEquals(
                    List.of("old-shape"),
                    repository.list(byAddress).users().stream()
                            .map(UserAccount::userId)
                            .toList());
            assertEquals(
                    1,
                    repository
                            .list(new UserQuery(List.of(), UserSort.DEFAULT, 0, 10))
                            .totalCount());
        }
    }
}
